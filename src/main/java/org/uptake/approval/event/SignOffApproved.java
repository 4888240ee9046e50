package org.uptake.approval.event;

import java.time.Instant;
import java.util.List;

/**
 * Every step of the round was approved. {@code conditions} are those attached to approvals in
 * this round (empty when everyone approved plainly); the requesting module may turn them into tasks.
 */
public record SignOffApproved(long organizationId, long signOffId, String subjectType, Long subjectId, Long unitId,
                              int round, List<SignOffCondition> conditions, Instant approvedAt) implements SignOffEvent {

    public SignOffApproved {
        conditions = List.copyOf(conditions);
    }

    public boolean hasConditions() {
        return !conditions.isEmpty();
    }
}
