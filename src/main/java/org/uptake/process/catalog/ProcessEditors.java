package org.uptake.process.catalog;

import java.util.Objects;
import org.springframework.stereotype.Component;
import org.uptake.org.person.EmploymentStatus;
import org.uptake.org.person.Person;
import org.uptake.org.person.PersonService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;

/**
 * Who may change a process's specification: admins and coordinators, and its owners — the owner is
 * a position, so every current holder of that position is an owner (seed 002 lines 70, 197).
 */
@Component
class ProcessEditors {

    private final PersonService people;

    ProcessEditors(PersonService people) {
        this.people = people;
    }

    boolean isArchitect(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    boolean isOwner(Actor actor, Process process) {
        return process.ownerPositionId() != null && Objects.equals(heldPosition(actor), process.ownerPositionId());
    }

    /** The position the actor holds and may act as owner for; viewers only read, people who left hold nothing. */
    Long heldPosition(Actor actor) {
        if (actor.personId() == null || actor.has(Role.VIEWER) && actor.roles().size() == 1) {
            return null;
        }
        Person me = people.get(actor, actor.personId());
        return me.employmentStatus() == EmploymentStatus.LEFT ? null : me.positionId();
    }

    boolean mayEdit(Actor actor, Process process) {
        return isArchitect(actor) || isOwner(actor, process);
    }

    void requireArchitect(Actor actor) {
        actor.require("shape the process catalog", Role.ADMIN, Role.COORDINATOR);
    }

    void requireEditor(Actor actor, Process process) {
        if (!mayEdit(actor, process)) {
            throw new ForbiddenException("edit the specification of process " + process.id());
        }
    }
}
