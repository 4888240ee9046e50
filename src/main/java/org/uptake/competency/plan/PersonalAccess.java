package org.uptake.competency.plan;

import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.NotFoundException;

/**
 * Who may see a person's assessments and training plan: the person, their manager (the direct
 * manager or a head of a unit above them) and coordinators and admins — not viewers, not colleagues.
 * Anyone else is told the record does not exist.
 */
@Component
public class PersonalAccess {

    private final JdbcClient jdbc;
    private final UnitService units;

    PersonalAccess(JdbcClient jdbc, UnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The person as these checks see them; empty outside the actor's organisation. */
    public record Subject(long personId, String fullName, Long managerId, Long unitId, String unitPath, Long positionId,
                          String employmentStatus) {
    }

    public Optional<Subject> subject(Actor actor, long personId) {
        return jdbc.sql("""
                select p.id as person_id, p.full_name, p.manager_id, p.unit_id, u.path as unit_path, p.position_id,
                       p.employment_status
                from person p left join unit u on u.id = p.unit_id
                where p.organization_id = ? and p.id = ?""")
                .params(actor.organizationId(), personId).query(Subject.class).optional();
    }

    public boolean isHrOrCoordinator(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    public boolean isManager(Actor actor, Subject s) {
        if (actor.personId() == null || Objects.equals(actor.personId(), s.personId())) {
            return false;
        }
        if (Objects.equals(actor.personId(), s.managerId())) {
            return true;
        }
        return actor.has(Role.UNIT_HEAD) && s.unitPath() != null && units.scopeOf(actor).covers(s.unitPath());
    }

    public boolean mayRead(Actor actor, Subject s) {
        return isHrOrCoordinator(actor) || Objects.equals(actor.personId(), s.personId()) || isManager(actor, s);
    }

    /** The person, if the actor may see their personal records; otherwise "not found". */
    public Subject requireReader(Actor actor, long personId) {
        Subject s = subject(actor, personId).orElseThrow(() -> new NotFoundException("person", personId));
        if (!mayRead(actor, s)) {
            throw new NotFoundException("person", personId);
        }
        return s;
    }
}
