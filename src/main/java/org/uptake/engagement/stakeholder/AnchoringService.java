package org.uptake.engagement.stakeholder;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.plan.PlanService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/** Anchoring activities with stakeholders, tied to tasks of the plan; seen and changed like the register itself. */
@Service
public class AnchoringService {

    public static final String ENTITY = "stakeholderActivity";
    private static final int LIMIT = 500;

    private final StakeholderService register;
    private final ActivityRepository activities;
    private final StakeholderRepository stakeholders;
    private final PlanService plan;
    private final AuditLog audit;

    AnchoringService(StakeholderService register, ActivityRepository activities, StakeholderRepository stakeholders,
                     PlanService plan, AuditLog audit) {
        this.register = register;
        this.activities = activities;
        this.stakeholders = stakeholders;
        this.plan = plan;
        this.audit = audit;
    }

    /** The program's activities (or one stakeholder's), open ones first by due date. */
    public List<Activity> list(Actor actor, long programId, Long stakeholderId) {
        register.requireReader(actor, programId);
        return activities.list(actor.organizationId(), programId, stakeholderId, LIMIT);
    }

    public Activity get(Actor actor, long programId, long id) {
        register.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    private Activity find(Actor actor, long programId, long id) {
        return activities.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public Activity create(Actor actor, long programId, ActivityForm form) {
        register.requireEditor(actor, programId);
        check(actor, programId, form);
        long id = activities.insert(actor.organizationId(), programId, form);
        Activity created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Activity update(Actor actor, long programId, long id, ActivityForm form) {
        register.requireEditor(actor, programId);
        Activity before = find(actor, programId, id);
        check(actor, programId, form);
        if (activities.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Activity after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        register.requireEditor(actor, programId);
        Activity before = find(actor, programId, id);
        if (activities.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    private void check(Actor actor, long programId, ActivityForm f) {
        if (f.getTitle() == null || f.getTitle().length() > 300) {
            throw new InvalidInputException("title", "stakeholder.error.activityTitle");
        }
        if (f.getStakeholderId() == null
                || stakeholders.idsOf(actor.organizationId(), programId, List.of(f.getStakeholderId())).isEmpty()) {
            throw new InvalidInputException("stakeholderId", "stakeholder.error.stakeholder");
        }
        if (f.getTaskId() != null && plan.rows(actor, programId, List.of(f.getTaskId())).isEmpty()) {
            throw new InvalidInputException("taskId", "stakeholder.error.task");
        }
    }
}
