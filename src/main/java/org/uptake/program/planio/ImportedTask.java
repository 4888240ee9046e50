package org.uptake.program.planio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a row of a plan file asks for. {@code phaseName} names an existing phase or a new one; {@code start}
 * is the "not before" date; {@code predecessors} are keys (of rows or existing tasks), {@code null} when the
 * file has no predecessors column (the task's dependencies then stay as they are).
 */
record ImportedTask(String key, Long existingId, String phaseName, Long phaseId, String title, Long ownerPersonId,
                    LocalDate start, int durationDays, LocalDate due, boolean milestone, String criterion, BigDecimal effortHours,
                    List<String> predecessors) {
}
