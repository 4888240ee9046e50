package org.uptake.competency.plan;

import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Individual training plans (seed 002 lines 433, 484; part E line 1272: a gap leads to training,
 * not dismissal). Seen by the person, their manager and coordinators/admins; changed by the
 * manager and coordinators/admins; the person marks their own items done.
 */
@Service
public class TrainingPlanService {

    static final String ENTITY = "training_plan_item";

    private final TrainingPlanRepository items;
    private final PersonalAccess access;
    private final AuditLog audit;

    TrainingPlanService(TrainingPlanRepository items, PersonalAccess access, AuditLog audit) {
        this.items = items;
        this.access = access;
        this.audit = audit;
    }

    public List<PlanItem> plan(Actor actor, long personId) {
        access.requireReader(actor, personId);
        return items.forPerson(actor.organizationId(), personId);
    }

    /** The actor's own plan (the employee's home page); empty for accounts without a person. */
    public List<PlanItem> myPlan(Actor actor) {
        return actor.personId() == null ? List.of() : items.forPerson(actor.organizationId(), actor.personId());
    }

    public boolean mayManage(Actor actor, long personId) {
        PersonalAccess.Subject s = access.requireReader(actor, personId);
        return access.isHrOrCoordinator(actor) || access.isManager(actor, s);
    }

    /**
     * Adds needs found by another part of the module (an assessment, a duty change, an attestation).
     * The caller has checked the actor's right; a need already open is not added twice.
     * Answers how many items were added.
     */
    @Transactional
    public int add(Actor actor, List<PlanItemDraft> drafts) {
        int added = 0;
        for (PlanItemDraft d : drafts) {
            if (items.hasOpen(actor.organizationId(), d)) {
                continue;
            }
            long id = items.insert(actor.organizationId(), d);
            audit.created(actor, ENTITY, id, d);
            added++;
        }
        return added;
    }

    @Transactional
    public PlanItem addManual(Actor actor, long personId, PlanItemForm form) {
        requireManager(actor, personId);
        long id = items.insert(actor.organizationId(), new PlanItemDraft(personId, PlanSource.MANUAL, null, null,
                form.getNeed(), null, form.getTargetLevel()));
        if (form.getCourseRef() != null || form.getDueOn() != null) {
            items.update(actor.organizationId(), id, withVersion(form, 0));
        }
        PlanItem created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    /** Changes the need's wording, due date or course link (the hook the training module fills). */
    @Transactional
    public PlanItem update(Actor actor, long id, PlanItemForm form) {
        PlanItem before = get(actor, id);
        requireManager(actor, before.personId());
        requireOpen(before);
        if (items.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        PlanItem after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /** Done by the person or their manager; a done gap item asks for a re-assessment of that competency. */
    @Transactional
    public PlanItem complete(Actor actor, long id, int version) {
        PlanItem before = get(actor, id);
        boolean self = before.personId() == (actor.personId() == null ? -1 : actor.personId());
        if (!self) {
            requireManager(actor, before.personId());
        }
        return close(actor, before, PlanStatus.DONE, before.competencyId() != null, version);
    }

    @Transactional
    public PlanItem cancel(Actor actor, long id, int version) {
        PlanItem before = get(actor, id);
        requireManager(actor, before.personId());
        return close(actor, before, PlanStatus.CANCELLED, false, version);
    }

    private PlanItem close(Actor actor, PlanItem before, PlanStatus status, boolean reassess, int version) {
        requireOpen(before);
        if (items.close(actor.organizationId(), before.id(), status, reassess, version) == 0) {
            throw new StaleVersionException(ENTITY, before.id());
        }
        audit.action(actor, ENTITY, before.id(), status.name().toLowerCase(java.util.Locale.ROOT),
                Map.of("need", before.need()));
        return get(actor, before.id());
    }

    /** The training module's completion of a course closes the person's items linked to it. */
    @EventListener
    @Transactional
    public void on(CourseCompleted e) {
        List<Long> ids = items.openWithCourse(e.organizationId(), e.personId(), e.courseRef());
        if (ids.isEmpty()) {
            return;
        }
        items.closeByCourse(e.organizationId(), ids);
        Actor system = Actor.system(e.organizationId());
        ids.forEach(id -> audit.action(system, ENTITY, id, "course completed", Map.of("course", e.courseRef())));
    }

    public PlanItem get(Actor actor, long id) {
        PlanItem item = items.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        access.requireReader(actor, item.personId());
        return item;
    }

    public long openCount(Actor actor, long personId) {
        return items.openCount(actor.organizationId(), personId);
    }

    private void requireManager(Actor actor, long personId) {
        if (!mayManage(actor, personId)) {
            throw new ForbiddenException("change the training plan of person " + personId);
        }
    }

    private static void requireOpen(PlanItem item) {
        if (!item.open()) {
            throw new InvalidInputException(null, "plan.error.closed");
        }
    }

    private static PlanItemForm withVersion(PlanItemForm f, int version) {
        f.setVersion(version);
        return f;
    }
}
