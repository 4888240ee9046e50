package org.uptake.report.closure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.approval.ApprovalRule;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDraft;
import org.uptake.approval.SignOffService;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.program.Program;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramMember;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.ProgramTeamService;
import org.uptake.report.backlog.BacklogService;
import org.uptake.report.wheel.WheelService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.ProblemFilter;
import org.uptake.support.ProblemService;

/**
 * The handover to operations: the program's editors name the line owner (a person with the program role
 * "line owner"), describe the solution and the follow-up plan, and ask the line owner to accept it by
 * sign-off once the final report is signed. {@link HandoverAcceptance} carries the acceptance out.
 */
@Service
public class HandoverService {

    public static final String ENTITY = "handover";
    public static final String SUBJECT = "report.handover";
    private static final int LIST_LIMIT = 200;

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final FinalReportService reports;
    private final HandoverRepository handovers;
    private final SignOffService signOffs;
    private final BenefitService benefits;
    private final ProblemService problems;
    private final BacklogService backlog;
    private final WheelService wheel;
    private final AuditLog audit;

    HandoverService(ProgramService programs, ProgramTeamService team, FinalReportService reports, HandoverRepository handovers,
                    SignOffService signOffs, BenefitService benefits, ProblemService problems, BacklogService backlog,
                    WheelService wheel, AuditLog audit) {
        this.programs = programs;
        this.team = team;
        this.reports = reports;
        this.handovers = handovers;
        this.signOffs = signOffs;
        this.benefits = benefits;
        this.problems = problems;
        this.backlog = backlog;
        this.wheel = wheel;
        this.audit = audit;
    }

    public Handover get(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return handovers.find(actor.organizationId(), programId).orElse(Handover.empty(programId));
    }

    public HandoverView view(Actor actor, long programId) {
        ProgramAccess access = programs.requireReader(actor, programId);
        Handover h = handovers.find(actor.organizationId(), programId).orElse(Handover.empty(programId));
        Optional<SignOff> signOff = h.signOffId() == null ? Optional.empty() : signOffs.find(actor, h.signOffId());
        boolean edits = access.edits() && h.draft() && open(access.program());
        var filter = new ProblemFilter(null, null, null, null, programId, null, true, false, false);
        return new HandoverView(access.program(), h, lineOwners(actor.organizationId(), programId),
                benefits.list(actor, programId, PageRequest.first(LIST_LIMIT)).items(),
                problems.list(actor, filter, PageRequest.first(LIST_LIMIT)).items(),
                backlog.list(actor, programId, true, PageRequest.first(LIST_LIMIT)).items(), wheel.list(actor, programId), signOff,
                h.draft() ? missing(access.program(), h) : List.of(), edits);
    }

    /** The people who hold the program role "line owner": the handover goes to one of them. */
    List<ProgramMember> lineOwners(long organizationId, long programId) {
        return team.membersUnchecked(organizationId, programId).stream().filter(m -> m.role() == ProgramRole.LINE_OWNER).toList();
    }

    @Transactional
    public Handover update(Actor actor, long programId, HandoverForm form) {
        requireEditable(actor, programId);
        Handover before = handovers.find(actor.organizationId(), programId).orElse(Handover.empty(programId));
        if (!before.draft()) {
            throw new InvalidInputException(null, "handover.error.frozen");
        }
        if (form.getLineOwnerPersonId() != null && lineOwners(actor.organizationId(), programId).stream()
                .noneMatch(m -> m.personId() == form.getLineOwnerPersonId())) {
            throw new InvalidInputException("lineOwnerPersonId", "handover.error.lineOwner");
        }
        handovers.ensure(actor.organizationId(), programId);
        if (handovers.update(actor.organizationId(), programId, form) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        Handover after = handovers.find(actor.organizationId(), programId).orElseThrow();
        audit.updated(actor, ENTITY, programId, before, after);
        return after;
    }

    /** Asks the line owner to accept the handover; refused while anything is missing. */
    @Transactional
    public Handover sendForAcceptance(Actor actor, long programId, int version) {
        Program program = requireEditable(actor, programId);
        Handover h = handovers.find(actor.organizationId(), programId).orElse(Handover.empty(programId));
        if (!h.draft()) {
            throw new InvalidInputException(null, "handover.error.frozen");
        }
        List<Violation> missing = missing(program, h);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        SignOff s = signOffs.request(actor, SignOffDraft.about(SUBJECT, programId, program.name(), "/programs/" + programId + "/handover")
                .withStep(SignOffDraft.Step.of("Line owner", ApprovalRule.ANY, h.lineOwnerPersonId())));
        handovers.ensure(actor.organizationId(), programId);
        if (handovers.send(actor.organizationId(), programId, version, s.id()) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        audit.action(actor, ENTITY, programId, "sent-for-acceptance", Map.of("signOff", s.id(), "lineOwner", h.lineOwnerName()));
        return handovers.find(actor.organizationId(), programId).orElseThrow();
    }

    private List<Violation> missing(Program program, Handover h) {
        List<Violation> problems = new ArrayList<>();
        if (program.status() != ProgramStatus.ROLLOUT && program.status() != ProgramStatus.AFTER_ROLLOUT) {
            problems.add(Violation.of(null, "handover.missing.status"));
        }
        if (!reports.signed(program.organizationId(), program.id())) {
            problems.add(Violation.of(null, "handover.missing.finalReport"));
        }
        if (h.lineOwnerPersonId() == null || lineOwners(program.organizationId(), program.id()).stream()
                .noneMatch(m -> m.personId() == h.lineOwnerPersonId())) {
            problems.add(Violation.of("lineOwnerPersonId", "handover.missing.lineOwner"));
        }
        if (h.solution() == null) {
            problems.add(Violation.of("solution", "handover.missing.solution"));
        }
        if (h.followUpPlan() == null) {
            problems.add(Violation.of("followUpPlan", "handover.missing.followUpPlan"));
        }
        return problems;
    }

    private static boolean open(Program p) {
        return p.status() != ProgramStatus.CLOSED && p.status() != ProgramStatus.IN_OPERATION;
    }

    private Program requireEditable(Actor actor, long programId) {
        Program program = programs.requireEditor(actor, programId).program();
        if (program.status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        return program;
    }
}
