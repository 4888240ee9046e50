package org.uptake.process.spec;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Published inside the transaction whenever a specification changes, is approved or its process is
 * deleted — what job duties follow to show each affected position what was added, removed or changed.
 *
 * @param executorPositionsBefore the positions that executed the process before the change
 * @param executorPositionsAfter  the positions that execute it now (empty when the process was removed)
 * @param what                    a short word for the change: "client", "goal", "executor", "fields"…
 */
public record SpecificationChanged(long organizationId, long processId, String processName, Change change, String what,
                                   Set<Long> executorPositionsBefore, Set<Long> executorPositionsAfter, Instant at) {

    public enum Change { EDITED, APPROVED, REMOVED }

    public SpecificationChanged {
        executorPositionsBefore = Set.copyOf(executorPositionsBefore);
        executorPositionsAfter = Set.copyOf(executorPositionsAfter);
    }

    /** Positions that became executors with this change: the process is new in their duties. */
    public Set<Long> addedPositions() {
        Set<Long> s = new TreeSet<>(executorPositionsAfter);
        s.removeAll(executorPositionsBefore);
        return s;
    }

    /** Positions that stopped executing the process: it leaves their duties. */
    public Set<Long> removedPositions() {
        Set<Long> s = new TreeSet<>(executorPositionsBefore);
        s.removeAll(executorPositionsAfter);
        return s;
    }

    /** Positions that still execute the process, whose duties row changed. */
    public Set<Long> changedPositions() {
        Set<Long> s = new TreeSet<>(executorPositionsBefore);
        s.retainAll(executorPositionsAfter);
        return s;
    }
}
