package org.uptake.rollout.parallel;

import java.time.LocalDate;

/**
 * Legacy and new system side by side for a wave or one wave unit ({@code scopeName} names it), for a
 * period, with exit criteria (in words, and N consecutive matching days) and the cutover decision.
 */
public record ParallelRun(long id, long programId, Long waveId, Long waveUnitId, String scopeName, String legacySystem,
                          String newSystem, LocalDate startsOn, LocalDate endsOn, String purpose, String exitCriteria,
                          int matchingDays, Cutover decision, String decisionNote, LocalDate decidedOn, String decidedByName,
                          int version) {

    public boolean closed() {
        return decision != null && decision.final_();
    }
}
