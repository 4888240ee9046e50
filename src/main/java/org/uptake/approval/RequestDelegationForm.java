package org.uptake.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Hands one approver's place in one request to an acting approver.
 *
 * @param approverPersonId whose place: {@code null} for the actor's own; admins may name any approver
 */
public record RequestDelegationForm(@NotNull Long toPersonId, Long approverPersonId, @Size(max = 500) String reason) {

    public String reasonText() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
