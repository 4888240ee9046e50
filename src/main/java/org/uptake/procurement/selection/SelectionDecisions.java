package org.uptake.procurement.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.approval.ApprovalRule;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDraft;
import org.uptake.approval.SignOffService;
import org.uptake.approval.event.SignOffApproved;
import org.uptake.approval.event.SignOffCancelled;
import org.uptake.approval.event.SignOffRejected;
import org.uptake.program.ProgramService;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;

/**
 * The decision record: once every evaluator has submitted, the coordinator names the chosen vendor
 * and the rationale and asks the named people to sign it off (approval module, all must approve).
 * When it is signed off the selection is decided and the chosen vendor's commitments become
 * milestones of the program's plan, each with its acceptance as the completion criterion; a
 * rejected or cancelled request reopens the selection.
 */
@Service
public class SelectionDecisions {

    public static final String SUBJECT = "procurement.selection";

    private final SelectionService selections;
    private final SelectionRepository repository;
    private final VendorRepository vendors;
    private final ScoreRepository scores;
    private final SignOffService signOffs;
    private final TaskService tasks;
    private final ProgramService programs;
    private final AuditLog audit;

    SelectionDecisions(SelectionService selections, SelectionRepository repository, VendorRepository vendors,
                       ScoreRepository scores, SignOffService signOffs, TaskService tasks, ProgramService programs,
                       AuditLog audit) {
        this.selections = selections;
        this.repository = repository;
        this.vendors = vendors;
        this.scores = scores;
        this.signOffs = signOffs;
        this.tasks = tasks;
        this.programs = programs;
        this.audit = audit;
    }

    @Transactional
    public Selection decide(Actor actor, long programId, long selectionId, SelectionDecisionForm form) {
        Selection s = selections.requireOpen(actor, programId, selectionId).selection();
        List<Evaluator> evaluators = scores.evaluators(selectionId);
        if (evaluators.isEmpty() || !evaluators.stream().allMatch(Evaluator::submitted)) {
            throw new InvalidInputException(null, "selection.error.notAllSubmitted");
        }
        Vendor chosen = form.vendorId() == null ? null
                : vendors.find(actor.organizationId(), selectionId, form.vendorId()).filter(Vendor::shortlisted).orElse(null);
        if (chosen == null) {
            throw new InvalidInputException("vendorId", "selection.error.chooseShortlisted");
        }
        if (form.approverPersonIds().isEmpty()) {
            throw new InvalidInputException("approverPersonIds", "selection.error.approvers");
        }
        if (repository.bump(actor.organizationId(), selectionId, form.version()) == 0) {
            throw new StaleVersionException(SelectionService.ENTITY, selectionId);
        }
        String path = "/programs/" + programId + "/selections/" + selectionId;
        SignOff signOff = signOffs.request(actor, SignOffDraft.about(SUBJECT, selectionId, s.title() + ": " + chosen.name(), path)
                .withDescription(form.rationale()).due(s.decisionDueOn())
                .withStep(new SignOffDraft.Step("Decision", form.approverPersonIds(), ApprovalRule.ALL, null)));
        repository.requestDecision(selectionId, chosen.id(), form.rationale(), signOff.id());
        audit.action(actor, SelectionService.ENTITY, selectionId, "decisionRequested",
                Map.of("vendor", chosen.name(), "rationale", form.rationale() == null ? "" : form.rationale(),
                        "signOffId", signOff.id()));
        return repository.find(actor.organizationId(), programId, selectionId).orElseThrow();
    }

    /** The sign-off request behind the decision, if one was asked for. */
    public java.util.Optional<SignOff> signOff(Actor actor, Selection s) {
        return s.signOffId() == null ? java.util.Optional.empty() : signOffs.find(actor, s.signOffId());
    }

    @EventListener
    void on(SignOffApproved e) {
        if (!SUBJECT.equals(e.subjectType())) {
            return;
        }
        Actor system = Actor.system(e.organizationId());
        repository.bySignOff(e.organizationId(), e.signOffId()).ifPresent(s -> {
            repository.markDecided(s.id());
            audit.action(system, SelectionService.ENTITY, s.id(), "decided", Map.of("signOffId", e.signOffId()));
            milestones(system, repository.find(e.organizationId(), s.programId(), s.id()).orElseThrow());
        });
    }

    @EventListener
    void on(SignOffRejected e) {
        reopen(e.organizationId(), e.subjectType(), e.signOffId(), "decisionRejected");
    }

    @EventListener
    void on(SignOffCancelled e) {
        reopen(e.organizationId(), e.subjectType(), e.signOffId(), "decisionCancelled");
    }

    private void reopen(long organizationId, String subjectType, long signOffId, String action) {
        if (!SUBJECT.equals(subjectType)) {
            return;
        }
        repository.bySignOff(organizationId, signOffId).filter(s -> s.status() == SelectionStatus.DECISION_REQUESTED)
                .ifPresent(s -> {
                    repository.reopen(s.id());
                    audit.action(Actor.system(organizationId), SelectionService.ENTITY, s.id(), action, Map.of("signOffId", signOffId));
                });
    }

    /** Each commitment of the chosen vendor that has no milestone yet becomes one. */
    void milestones(Actor actor, Selection s) {
        if (s.chosenVendorId() == null) {
            return;
        }
        Vendor vendor = vendors.find(actor.organizationId(), s.id(), s.chosenVendorId()).orElse(null);
        if (vendor == null) {
            return;
        }
        LocalDate programStart = programs.access(actor, s.programId()).program().startDate();
        for (Commitment c : vendors.commitments(s.id())) {
            if (c.vendorId() != vendor.id() || c.taskId() != null) {
                continue;
            }
            LocalDate on = c.dueOn().isBefore(programStart) ? programStart : c.dueOn();
            var form = new TaskForm();
            form.setTitle(vendor.name() + ": " + c.title());
            form.setMilestone(true);
            form.setPlannedStart(on);
            form.setDueDate(on);
            form.setCompletionCriterion(c.acceptance());
            form.setSourceModule("procurement");
            form.setSourceRef("selection:" + s.id() + ":commitment:" + c.id());
            form.setSourceUrl("/programs/" + s.programId() + "/selections/" + s.id());
            Task task = tasks.create(actor, s.programId(), form);
            vendors.linkTask(c.id(), task.id());
        }
    }
}
