package org.uptake.access;

import java.time.Instant;

/** An account as the accounts list shows it, with the person's name and unit. */
public record AccountRow(long id, String username, String fullName, String unitName, String roles, String status,
                         Instant lastLoginAt) {
}
