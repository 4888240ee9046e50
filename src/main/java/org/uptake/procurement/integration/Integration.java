package org.uptake.procurement.integration;

import java.time.LocalDate;

/**
 * One integration of the register: the other system, direction, method, status, how it is monitored,
 * every how many days someone verifies it works and when they last did. {@code dueOn} is the day by
 * which the next verification is due (counted from the registration while it was never verified).
 */
public record Integration(long id, long programId, String systemName, Direction direction, Method method,
                          IntegrationStatus status, String monitoring, int verifyEveryDays, LocalDate lastVerifiedOn,
                          LocalDate dueOn, int version) {

    /** In use and not verified by its due day. */
    public boolean overdue(LocalDate today) {
        return status.inUse() && dueOn.isBefore(today);
    }
}
