package org.uptake.competency.duty;

import java.time.Instant;

/**
 * What a specification change did to a position's duties (added, removed, changed), kept so the
 * position's people see "changes to my duties" and a training need can be raised from it.
 */
public record DutyChange(long id, long positionId, Long processId, String processName, String change, String what,
                         Instant at, boolean trainingRaised, int version) {
}
