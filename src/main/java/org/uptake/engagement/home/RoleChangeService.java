package org.uptake.engagement.home;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.Languages;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * "What changes for my role": the program's coordinators write a text per position and language and
 * publish it; each publication is a numbered version. The people in that position read the latest
 * published text on their home page, in their language or the best fallback.
 */
@Service
public class RoleChangeService {

    public static final String ENTITY = "roleChange";

    private final RoleChangeRepository changes;
    private final ProgramService programs;
    private final AuditLog audit;

    RoleChangeService(RoleChangeRepository changes, ProgramService programs, AuditLog audit) {
        this.changes = changes;
        this.programs = programs;
        this.audit = audit;
    }

    public List<RoleChange> list(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return changes.list(actor.organizationId(), programId);
    }

    public RoleChange get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    public List<RoleChangeVersion> versions(Actor actor, long programId, long id) {
        get(actor, programId, id);
        return changes.versions(actor.organizationId(), id);
    }

    /** Saves the draft of the position's text in that language, creating it on first save. */
    @Transactional
    public RoleChange save(Actor actor, long programId, RoleChangeForm form) {
        programs.requireEditor(actor, programId);
        if (form.positionId() == null || !changes.positionKnown(actor.organizationId(), form.positionId())) {
            throw new InvalidInputException("positionId", "roleChange.error.unknownPosition");
        }
        if (form.language() == null || !Languages.SUPPORTED.contains(form.language())) {
            throw new InvalidInputException("language", "roleChange.error.language");
        }
        if (form.text() == null || form.text().isBlank() || form.text().length() > 20000) {
            throw new InvalidInputException("text", "roleChange.error.text");
        }
        var existing = changes.find(actor.organizationId(), programId, form.positionId(), form.language());
        if (existing.isEmpty()) {
            long id = changes.insert(actor.organizationId(), programId, form);
            RoleChange created = find(actor, programId, id);
            audit.created(actor, ENTITY, id, created);
            return created;
        }
        RoleChange before = existing.get();
        if (changes.update(actor.organizationId(), before.id(), form.text(), form.version()) == 0) {
            throw new StaleVersionException(ENTITY, before.id());
        }
        RoleChange after = find(actor, programId, before.id());
        audit.updated(actor, ENTITY, before.id(), before, after);
        return after;
    }

    /** Makes the draft what people read, as the next numbered version. */
    @Transactional
    public RoleChange publish(Actor actor, long programId, long id, int version) {
        programs.requireEditor(actor, programId);
        RoleChange before = find(actor, programId, id);
        if (!before.unpublishedChanges()) {
            throw new InvalidInputException(null, "roleChange.error.nothingNew");
        }
        if (changes.publish(actor.organizationId(), id, version, actor.displayName()) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        RoleChange after = find(actor, programId, id);
        audit.action(actor, ENTITY, id, "published", Map.of("number", after.publishedNumber(), "language", after.language()));
        return after;
    }

    /** The published texts for the actor's position, one per program. */
    public List<MyRoleChange> mine(Actor actor) {
        return actor.personId() == null ? List.of()
                : changes.forPerson(actor.organizationId(), actor.personId(), actor.language());
    }

    private RoleChange find(Actor actor, long programId, long id) {
        return changes.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
