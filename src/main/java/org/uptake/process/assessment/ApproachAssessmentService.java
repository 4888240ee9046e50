package org.uptake.process.assessment;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.NotFoundException;

/** Records and reads the process-approach self-assessments; admins and coordinators assess, everyone reads. */
@Service
public class ApproachAssessmentService {

    static final String ENTITY = "process_assessment";

    private final ApproachAssessmentRepository assessments;
    private final AuditLog audit;

    ApproachAssessmentService(ApproachAssessmentRepository assessments, AuditLog audit) {
        this.assessments = assessments;
        this.audit = audit;
    }

    public List<ApproachAssessment> history(Actor actor) {
        return assessments.recent(actor.organizationId(), 50);
    }

    public ApproachAssessment get(Actor actor, long id) {
        return assessments.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public CatalogEvidence evidence(Actor actor) {
        return assessments.evidence(actor.organizationId());
    }

    public boolean mayAssess(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    @Transactional
    public ApproachAssessment record(Actor actor, ApproachAssessmentForm form) {
        actor.require("assess the process approach", Role.ADMIN, Role.COORDINATOR);
        int total = form.getScores().stream().mapToInt(Integer::intValue).sum();
        long id = assessments.insert(actor.organizationId(), form, total, actor);
        ApproachAssessment saved = get(actor, id);
        audit.action(actor, ENTITY, id, "created", Map.of("total", total, "scores", form.getScores().toString()));
        return saved;
    }
}
