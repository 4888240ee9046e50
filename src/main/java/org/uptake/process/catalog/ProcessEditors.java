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
        if (actor.personId() == null || process.ownerPositionId() == null || actor.has(Role.VIEWER) && actor.roles().size() == 1) {
            return false;
        }
        Person me = people.get(actor, actor.personId());
        return me.employmentStatus() != EmploymentStatus.LEFT && Objects.equals(me.positionId(), process.ownerPositionId());
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
