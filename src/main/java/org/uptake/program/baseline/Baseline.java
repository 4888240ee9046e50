package org.uptake.program.baseline;

import java.time.Instant;
import java.time.LocalDate;

/** A named snapshot of a program's plan: when and by whom it was taken, at which gate, its span. */
public record Baseline(long id, long programId, String name, String note, Long phaseId, String phaseName, int taskCount,
                       LocalDate planStart, LocalDate planFinish, String createdByName, Instant createdAt, int version) {
}
