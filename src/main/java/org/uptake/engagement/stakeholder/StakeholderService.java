package org.uptake.engagement.stakeholder;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * A program's stakeholder register and its influence × interest grid. Attitudes and concerns are sensitive:
 * only the program's coordinator, deputy and sponsor and the organisation's admins see the register — not
 * other team members, not whole-organisation readers; the coordinator, deputy and admins change it.
 */
@Service
public class StakeholderService {

    public static final String ENTITY = "stakeholder";

    private final ProgramService programs;
    private final StakeholderRepository stakeholders;
    private final AuditLog audit;

    StakeholderService(ProgramService programs, StakeholderRepository stakeholders, AuditLog audit) {
        this.programs = programs;
        this.stakeholders = stakeholders;
        this.audit = audit;
    }

    /** Whether the program access lets one read the register (the tab's visibility too). */
    public static boolean readsRegister(ProgramAccess access) {
        return access.edits() || access.has(ProgramRole.SPONSOR);
    }

    public ProgramAccess requireReader(Actor actor, long programId) {
        ProgramAccess access = programs.access(actor, programId);
        if (!readsRegister(access)) {
            throw new ForbiddenException("read the stakeholder register");
        }
        return access;
    }

    public ProgramAccess requireEditor(Actor actor, long programId) {
        ProgramAccess access = programs.access(actor, programId);
        if (!access.edits()) {
            throw new ForbiddenException("edit the stakeholder register");
        }
        if (access.program().status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        return access;
    }

    public Slice<Stakeholder> list(Actor actor, long programId, Attitude attitude, PageRequest request) {
        requireReader(actor, programId);
        Cursor after = request.cursor();
        Integer rank = after == null ? null : rank(after.key());
        return Slice.of(stakeholders.page(actor.organizationId(), programId, attitude, rank, rank == null ? 0 : after.id(),
                request.size() + 1), request.size(), s -> new Cursor(Integer.toString(s.influence() * 10 + s.interest()), s.id()));
    }

    public List<GridPoint> grid(Actor actor, long programId) {
        requireReader(actor, programId);
        return stakeholders.grid(actor.organizationId(), programId);
    }

    /** Names for pickers (audience of a communication item, an activity's stakeholder): editors of the program only. */
    public List<GridPoint> choices(Actor actor, long programId) {
        programs.requireEditor(actor, programId);
        return stakeholders.choices(actor.organizationId(), programId);
    }

    /** Of the ids, those that are not stakeholders of the program (for another module's audience check). */
    public List<Long> unknown(Actor actor, long programId, List<Long> ids) {
        var known = new java.util.HashSet<>(stakeholders.idsOf(actor.organizationId(), programId, ids));
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }

    public Stakeholder get(Actor actor, long programId, long id) {
        requireReader(actor, programId);
        return find(actor, programId, id);
    }

    private Stakeholder find(Actor actor, long programId, long id) {
        return stakeholders.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public Stakeholder create(Actor actor, long programId, StakeholderForm form) {
        requireEditor(actor, programId);
        check(actor, programId, 0, form);
        long id = stakeholders.insert(actor.organizationId(), programId, form);
        stakeholders.replaceConcerns(actor.organizationId(), id, form.writtenConcerns());
        Stakeholder created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Stakeholder update(Actor actor, long programId, long id, StakeholderForm form) {
        requireEditor(actor, programId);
        Stakeholder before = find(actor, programId, id);
        check(actor, programId, id, form);
        if (stakeholders.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        stakeholders.replaceConcerns(actor.organizationId(), id, form.writtenConcerns());
        Stakeholder after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        requireEditor(actor, programId);
        Stakeholder before = find(actor, programId, id);
        if (stakeholders.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    private void check(Actor actor, long programId, long id, StakeholderForm f) {
        long org = actor.organizationId();
        List<Violation> problems = new ArrayList<>();
        if (f.getKind() == null) {
            f.setKind(StakeholderKind.PERSON);
        }
        if (f.getKind() == StakeholderKind.GROUP && f.getPersonId() != null) {
            problems.add(Violation.of("personId", "stakeholder.error.groupWithPerson"));
        } else if (f.getPersonId() != null) {
            if (!stakeholders.personExists(org, f.getPersonId())) {
                problems.add(Violation.of("personId", "stakeholder.error.person"));
            } else if (stakeholders.personTaken(programId, f.getPersonId(), id)) {
                problems.add(Violation.of("personId", "stakeholder.error.personTwice"));
            }
            f.setName(null);
            f.setInternal(true);
        } else if (f.getName() == null || f.getName().length() > 200) {
            problems.add(Violation.of("name", "stakeholder.error.name"));
        }
        if (f.getEmail() != null && !f.getEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(Violation.of("email", "stakeholder.error.email"));
        }
        if (f.getUnitId() != null && !stakeholders.unitExists(org, f.getUnitId())) {
            problems.add(Violation.of("unitId", "stakeholder.error.unit"));
        }
        if (f.getPositionId() != null && !stakeholders.positionExists(org, f.getPositionId())) {
            problems.add(Violation.of("positionId", "stakeholder.error.position"));
        }
        if (!scale(f.getInfluence())) {
            problems.add(Violation.of("influence", "stakeholder.error.scale"));
        }
        if (!scale(f.getInterest())) {
            problems.add(Violation.of("interest", "stakeholder.error.scale"));
        }
        if (f.getAttitude() == null) {
            problems.add(Violation.of("attitude", "stakeholder.error.attitude"));
        }
        if (f.getConcerns().size() > 50) {
            problems.add(Violation.of("concerns", "stakeholder.error.tooManyConcerns", 50));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean scale(Integer value) {
        return value != null && value >= 1 && value <= 5;
    }

    private static Integer rank(String key) {
        try {
            return Integer.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
