package org.uptake.program.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.playbook.PlaybookDefinition;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;

/** Builds the plan of a newly registered program from its playbook version (called by the program setup). */
@Service
public class PlanCreation {

    private final PlanBuilder builder;
    private final AuditLog audit;

    PlanCreation(PlanBuilder builder, AuditLog audit) {
        this.builder = builder;
        this.audit = audit;
    }

    /** What was created, for the confirmation and the audit trail. */
    public record Summary(int phases, int tasks, int dependencies, int unassigned, java.time.LocalDate finish) {
    }

    @Transactional
    public Summary create(Actor actor, Program program, PlaybookDefinition definition) {
        PlanBuilder.Built built = builder.build(program, definition);
        audit.action(actor, ProgramService.ENTITY, program.id(), "planCreated", java.util.Map.of(
                "playbook", definition.code() + " v" + program.playbookVersionNumber(), "phases", built.phases(),
                "tasks", built.tasks(), "dependencies", built.dependencies(), "unassigned", built.unassigned()));
        return new Summary(built.phases(), built.tasks(), built.dependencies(), built.unassigned(), built.finish());
    }
}
