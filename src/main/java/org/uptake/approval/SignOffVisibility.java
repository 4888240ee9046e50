package org.uptake.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * Who sees a request: admins and coordinators see every request of the organisation; the
 * requester, the approvers and their acting approvers see theirs; a unit head sees the requests
 * about the units they head (and below). Anyone else is told it does not exist.
 */
@Component
class SignOffVisibility {

    private final SignOffRepository signOffs;
    private final UnitService units;

    SignOffVisibility(SignOffRepository signOffs, UnitService units) {
        this.signOffs = signOffs;
        this.units = units;
    }

    static boolean seesAll(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    boolean maySee(Actor actor, SignOff s, LocalDate today) {
        if (seesAll(actor) || isRequester(actor, s)) {
            return true;
        }
        if (actor.personId() != null && signOffs.involves(s.id(), actor.personId(), actor.userId(), today)) {
            return true;
        }
        if (s.unitId() == null || !actor.has(Role.UNIT_HEAD)) {
            return false;
        }
        String path = signOffs.unitPath(actor.organizationId(), s.unitId()).orElse(null);
        return path != null && headedPaths(actor).stream().anyMatch(path::startsWith);
    }

    static boolean isRequester(Actor actor, SignOff s) {
        return (s.requestedByUserId() != null && s.requestedByUserId() == actor.userId())
                || (actor.personId() != null && Objects.equals(actor.personId(), s.requesterPersonId()));
    }

    /**
     * The path prefixes of the units the actor heads. Asked as a plain unit head, because the
     * organisation-wide scope of a viewer or coordinator must not widen what a head sees here.
     */
    List<String> headedPaths(Actor actor) {
        if (!actor.has(Role.UNIT_HEAD) || actor.personId() == null) {
            return List.of();
        }
        Actor asHead = new Actor(actor.userId(), actor.organizationId(), actor.personId(), actor.username(),
                actor.displayName(), Set.of(Role.UNIT_HEAD), false, actor.language(), actor.timeZone());
        return units.scopeOf(asHead).pathPrefixes();
    }
}
