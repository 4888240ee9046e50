package org.uptake.support.sla;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.StaleVersionException;

/**
 * Which SLA applies: the program's own hours, else the organisation's, else the built-in defaults.
 * Coordinators and admins set the organisation's; a program's coordinator may set the program's.
 */
@Service
public class SlaService {

    public static final String ENTITY = "problemSla";

    private final SlaRepository policies;
    private final ProgramService programs;
    private final AuditLog audit;

    SlaService(SlaRepository policies, ProgramService programs, AuditLog audit) {
        this.policies = policies;
        this.programs = programs;
        this.audit = audit;
    }

    /** The effective policy of a scope, without a permission check: problems are timed by it. */
    public SlaPolicy effective(long organizationId, Long programId) {
        if (programId != null) {
            var own = policies.find(organizationId, programId);
            if (own.isPresent()) {
                return own.get();
            }
        }
        return policies.find(organizationId, null).map(p -> programId == null ? p : p.inheritedBy(programId))
                .orElse(SlaPolicy.DEFAULT.inheritedBy(programId));
    }

    public int hours(long organizationId, Long programId, ProblemSeverity severity) {
        return effective(organizationId, programId).hours(severity);
    }

    public SlaPolicy policy(Actor actor, Long programId) {
        if (programId == null) {
            actor.require("read the SLA", Role.ADMIN, Role.COORDINATOR, Role.VIEWER);
        } else {
            programs.requireReader(actor, programId);
        }
        return effective(actor.organizationId(), programId);
    }

    /** Whether the actor may change the policy of this scope (pages ask before showing the form). */
    public boolean mayEdit(Actor actor, Long programId) {
        if (programId == null) {
            return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
        }
        return programs.access(actor, programId).edits();
    }

    @Transactional
    public SlaPolicy save(Actor actor, Long programId, SlaForm form) {
        if (programId == null) {
            actor.require("change the SLA", Role.ADMIN, Role.COORDINATOR);
        } else {
            programs.requireEditor(actor, programId);
        }
        SlaPolicy before = effective(actor.organizationId(), programId);
        if (policies.save(actor.organizationId(), programId, form) == 0) {
            throw new StaleVersionException(ENTITY, programId == null ? 0 : programId);
        }
        SlaPolicy after = effective(actor.organizationId(), programId);
        audit.updated(actor, programId == null ? ENTITY : ProgramService.ENTITY, programId == null ? 0 : programId,
                summary(before), summary(after));
        return after;
    }

    private static Map<String, Object> summary(SlaPolicy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ProblemSeverity s : ProblemSeverity.values()) {
            m.put("sla." + s.name(), p.hours(s));
        }
        return m;
    }
}
