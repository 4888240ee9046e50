package org.uptake.approval.delegation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An approver ({@code from}) lets another person ({@code to}) decide for them: either one request
 * ({@code signOffId} set) or every request during a period ({@code startsOn}–{@code endsOn}, inclusive).
 */
public record Delegation(long id, long organizationId, long fromPersonId, String fromName, long toPersonId,
                         String toName, Long signOffId, LocalDate startsOn, LocalDate endsOn, String reason,
                         Instant createdAt, Instant revokedAt, int version) {

    public boolean isForOneRequest() {
        return signOffId != null;
    }

    public boolean isActiveOn(LocalDate day) {
        if (revokedAt != null) {
            return false;
        }
        return signOffId != null || (!day.isBefore(startsOn) && !day.isAfter(endsOn));
    }
}
