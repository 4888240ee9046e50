package org.uptake.access;

/** The admin's home panel: accounts by state, people still without one, mail waiting or failed. */
public record AccountOverview(long invited, long active, long deactivated, long invitable, long mailPending,
                              long mailFailed, long organizations) {
}
