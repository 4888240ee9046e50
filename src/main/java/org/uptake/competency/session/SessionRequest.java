package org.uptake.competency.session;

import java.math.BigDecimal;
import java.time.Instant;

/** A unit's request for a training session in one competency, with the gap as it was when asked for. */
public record SessionRequest(long id, long unitId, String unitName, long competencyId, String competencyName,
                             int peopleWithGap, BigDecimal averageGap, String note, String status, String sessionRef,
                             String requestedByName, Instant requestedAt, int version) {

    public boolean open() {
        return "REQUESTED".equals(status);
    }
}
