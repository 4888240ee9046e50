package org.uptake.measure.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A benefit of a program with its owner, linked KPIs, expected value and dates, and how much is realised so far. */
public record Benefit(long id, long programId, String title, String description, Long ownerPersonId, String ownerName,
                     BigDecimal expectedValue, String unitOfMeasure, LocalDate realisationStart, LocalDate realisationDue,
                     BenefitStatus status, BigDecimal realised, List<LinkedKpi> kpis, int version) {

    public Benefit {
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }

    /** Realised so far in percent of the expected value. */
    public BigDecimal realisedPct() {
        return realised.multiply(BigDecimal.valueOf(100)).divide(expectedValue, 1, java.math.RoundingMode.HALF_UP);
    }

    public record LinkedKpi(long id, String code, String name) {
    }
}
