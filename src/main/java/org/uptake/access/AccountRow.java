package org.uptake.access;

import java.time.Instant;
import java.util.List;

/**
 * A line of the accounts list: a person and their account, if any. Accounts that belong to no
 * person (the first admin of an empty organisation) appear with {@code personId == null}.
 */
public record AccountRow(Long personId, String fullName, String email, String employmentStatus, String unitName,
                         Long accountId, String username, List<String> roles, String status, Instant lastLoginAt) {

    public boolean hasAccount() {
        return accountId != null;
    }

    /** A person without an account who could be invited: has an e-mail and has not left. */
    public boolean invitable() {
        return accountId == null && personId != null && email != null && !"LEFT".equals(employmentStatus);
    }
}
