package org.uptake.access;

import org.uptake.shared.Role;

/**
 * The filters of the accounts list, which lists people with their account: whether they have one
 * and in which state, a role, a unit subtree.
 */
public record AccountFilter(Has account, Role role, Long unitId) {

    public static final AccountFilter NONE = new AccountFilter(null, null, null);

    /** What a person's account looks like: none yet, or one in a given state. */
    public enum Has { NONE, INVITED, ACTIVE, DEACTIVATED }
}
