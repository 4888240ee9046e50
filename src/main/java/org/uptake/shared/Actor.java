package org.uptake.shared;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * Who is acting: the signed-in user or the owner of an API token. Every query is scoped by
 * {@link #organizationId()}; every audit entry names {@link #userId()}.
 */
public record Actor(long userId, long organizationId, Long personId, String username, String displayName,
                    Set<Role> roles, boolean systemAdmin, String language, String timeZone) implements Serializable, Principal {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** The username, which is also what Spring Session indexes sessions by. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses the action unless the actor holds one of the roles. */
    public void require(String action, Role... allowed) {
        if (!hasAny(allowed)) {
            throw new org.uptake.shared.error.ForbiddenException(action);
        }
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Reads the whole organisation: admins, coordinators and viewers. Unit heads see their subtree. */
    public boolean readsWholeOrganization() {
        return hasAny(Role.ADMIN, Role.COORDINATOR, Role.VIEWER);
    }

    /**
     * The system administrator setting up another organisation (its first admin, its name): an
     * admin there for the duration of that call, still recorded under their own name.
     */
    public Actor actingIn(long otherOrganizationId) {
        if (!systemAdmin) {
            throw new org.uptake.shared.error.ForbiddenException("act in another organisation");
        }
        return new Actor(userId, otherOrganizationId, null, username, displayName, Set.of(Role.ADMIN), true, language, timeZone);
    }

    /** A system actor for startup jobs (demo data, scheduled sends) that have no signed-in user. */
    public static Actor system(long organizationId) {
        return new Actor(0, organizationId, null, "system", "System", Set.of(Role.ADMIN), true, "en", "UTC");
    }
}
