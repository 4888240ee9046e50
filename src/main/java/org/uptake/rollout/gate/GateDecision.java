package org.uptake.rollout.gate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded gate decision with the evidence as it stood: score, ready, every criterion's value (snapshot JSON). */
public record GateDecision(long id, long programId, long waveUnitId, Outcome outcome, String note, int score, boolean ready,
                           String snapshot, List<Long> conditionTaskIds, String decidedByName, LocalDate decidedOn,
                           Instant decidedAt) {

    public GateDecision {
        conditionTaskIds = List.copyOf(conditionTaskIds);
    }
}
