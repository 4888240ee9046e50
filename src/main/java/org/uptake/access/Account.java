package org.uptake.access;

import java.time.Instant;
import java.util.Set;
import org.uptake.shared.Role;

/** A user account: how a person signs in and what they may do. */
public record Account(long id, long organizationId, Long personId, String username, Set<Role> roles,
                      boolean systemAdmin, AccountStatus status, String language, String timeZone,
                      Instant lastLoginAt, int version) {
}
