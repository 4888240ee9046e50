package org.uptake.measure.benefit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An amount of a benefit realised on a date (the curve adds them up). */
public record Realisation(long id, long benefitId, LocalDate realisedOn, BigDecimal amount, String note, String recordedByName,
                          Instant recordedAt) {
}
