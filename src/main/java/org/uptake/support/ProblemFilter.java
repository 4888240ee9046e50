package org.uptake.support;

import org.uptake.support.sla.ProblemSeverity;

/**
 * The filters of the problem list; every one is optional. {@code mine} narrows to the problems the
 * actor reported or owns; {@code overdue} to open problems past their SLA with the clock running.
 */
public record ProblemFilter(ProblemStatus status, ProblemType type, ProblemSeverity severity, Long unitId,
                            Long programId, Long ownerPersonId, boolean openOnly, boolean mine, boolean overdue) {

    public static final ProblemFilter NONE = new ProblemFilter(null, null, null, null, null, null, false, false, false);
}
