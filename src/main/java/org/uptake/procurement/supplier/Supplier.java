package org.uptake.procurement.supplier;

import java.time.LocalDate;

/**
 * A vendor or integrator working for a program, with the day of its last status meeting (or of the
 * kick-off, or of its registration when neither has happened): a week without a meeting is an alert
 * (seed 002 part D, 7: status meetings at least weekly).
 */
public record Supplier(long id, long programId, String name, SupplierKind kind, String contact, LocalDate lastContactOn,
                       int version) {

    public static final int MEETING_EVERY_DAYS = 7;

    public boolean meetingOverdue(LocalDate today) {
        return lastContactOn.plusDays(MEETING_EVERY_DAYS).isBefore(today);
    }
}
