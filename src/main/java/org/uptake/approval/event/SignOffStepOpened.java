package org.uptake.approval.event;

import java.util.List;

/** A step opened (the first one of a round, or the next after its predecessor was approved): its approvers are asked. */
public record SignOffStepOpened(long organizationId, long signOffId, String subjectType, Long subjectId, int round,
                                int ordinal, List<Long> approverPersonIds) implements SignOffEvent {

    public SignOffStepOpened {
        approverPersonIds = List.copyOf(approverPersonIds);
    }
}
