package org.uptake.matrix;

import java.util.EnumMap;
import java.util.Map;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;

/**
 * One organisation as the permission matrix sees it: a user per role, a unit the unit head heads
 * (with the employee in it) and a unit outside their subtree. Records for a request are created
 * fresh by the endpoint's URL function, so destructive calls never disturb the next one.
 */
public final class World {

    final Fixtures fixtures;
    final Actor admin;
    final Unit headedUnit;
    final Unit otherUnit;
    final Map<Role, Actor> users = new EnumMap<>(Role.class);
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    /** The role of the user making the request being built (the admin for anonymous requests). */
    Role actingRole = Role.ADMIN;

    World(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.admin = fixtures.newOrganization();
        this.headedUnit = fixtures.unit(admin, "Headed unit", null);
        this.otherUnit = fixtures.unit(admin, "Other unit", null);
        users.put(Role.ADMIN, admin);
        users.put(Role.COORDINATOR, fixtures.user(admin, otherUnit.id(), Role.COORDINATOR));
        users.put(Role.VIEWER, fixtures.user(admin, otherUnit.id(), Role.VIEWER));
        users.put(Role.EMPLOYEE, fixtures.user(admin, headedUnit.id(), Role.EMPLOYEE));
        Actor head = fixtures.user(admin, headedUnit.id(), Role.UNIT_HEAD);
        fixtures.makeHead(admin, fixtures.unitReloaded(admin, headedUnit.id()), head.personId());
        users.put(Role.UNIT_HEAD, head);
        users.forEach((role, actor) -> tokens.put(role, fixtures.token(actor, "read", "write")));
    }

    public Actor admin() {
        return admin;
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    /** The unit a record should sit in: the head's own unit, or one outside their subtree. */
    public long unit(boolean inHeadsSubtree) {
        return inHeadsSubtree ? headedUnit.id() : otherUnit.id();
    }

    public Actor user(Role role) {
        return users.get(role);
    }

    /**
     * This world's user of the role making the request: for records that belong to a user rather
     * than an organisation (their API tokens). In another organisation's world it is that world's
     * user, so the request must find nothing.
     */
    public Actor acting() {
        return users.get(actingRole);
    }
}
