package org.uptake.program.calendar;

import java.time.LocalDate;

/** A non-working day of the organisation. */
public record Holiday(LocalDate day, String name) {
}
