package org.uptake.rollout.readiness;

import java.util.Collection;
import java.util.List;

/**
 * The readiness-signal interface of DESIGN.md: how a module tells the readiness gate its figure for a
 * unit of a program, without {@code rollout} depending on it. A module (training, engagement,
 * support…) declares one Spring bean per criterion it supplies; while no bean supplies a criterion,
 * its value is entered by hand and shown as "manual". See docs/adr/0009-readiness-signals.md.
 *
 * <p>Implementations answer for many units at once (the board asks for a whole program) with a
 * constant number of queries, scoped by {@code organizationId}; a unit they know nothing about is
 * left out of the answer (shown as "no value").
 */
public interface ReadinessSignal {

    /** The criterion this signal supplies; at most one bean per kind. */
    CriterionKind kind();

    /** The readings for those of {@code unitIds} the module has figures for, in program {@code programId}. */
    List<SignalValue> values(long organizationId, long programId, Collection<Long> unitIds);
}
