package org.uptake.competency.duty;

import java.time.Instant;

/** An issued version of a position's job duties, frozen as it went to sign-off. */
public record DutyRevision(long id, long positionId, int revision, String status, int warnings, Long signOffId,
                           String issuedByName, Instant issuedAt, Instant decidedAt) {

    public boolean approved() {
        return "APPROVED".equals(status);
    }
}
