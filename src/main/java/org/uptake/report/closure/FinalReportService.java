package org.uptake.report.closure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.uptake.program.Program;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.ProgramTeamService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The final report: written by the program's editors, sent to the program's sponsors for sign-off (module
 * approval, every sponsor signs) only when the evaluation is complete. Sending freezes the content as a
 * snapshot; a rejection or cancellation thaws it, an approval makes it immutable.
 */
@Service
public class FinalReportService {

    public static final String ENTITY = "finalReport";
    public static final String SUBJECT = "report.final";

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final EvaluationService evaluations;
    private final FinalReportRepository reports;
    private final SignOffService signOffs;
    private final AuditLog audit;
    private final JsonMapper json;

    FinalReportService(ProgramService programs, ProgramTeamService team, EvaluationService evaluations,
                       FinalReportRepository reports, SignOffService signOffs, AuditLog audit, JsonMapper json) {
        this.programs = programs;
        this.team = team;
        this.evaluations = evaluations;
        this.reports = reports;
        this.signOffs = signOffs;
        this.audit = audit;
        this.json = json;
    }

    public FinalReport get(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return reports.find(actor.organizationId(), programId).orElse(FinalReport.empty(programId));
    }

    public FinalReportView view(Actor actor, long programId) {
        ProgramAccess access = programs.requireReader(actor, programId);
        FinalReport report = reports.find(actor.organizationId(), programId).orElse(FinalReport.empty(programId));
        EvaluationView evaluation = evaluations.view(actor, programId);
        ReportContent content = report.draft() ? live(evaluation, report) : frozen(actor, programId);
        Optional<SignOff> signOff = report.signOffId() == null ? Optional.empty() : signOffs.find(actor, report.signOffId());
        boolean edits = access.edits() && report.draft() && access.program().status() != ProgramStatus.CLOSED;
        return new FinalReportView(access.program(), report, content, signOff,
                report.draft() ? missing(actor, evaluation, report) : List.of(), edits);
    }

    /** The content: the frozen snapshot once the report went to sign-off, the live evaluation before. */
    public ReportContent content(Actor actor, long programId) {
        return view(actor, programId).content();
    }

    @Transactional
    public FinalReport update(Actor actor, long programId, FinalReportForm form) {
        requireEditable(actor, programId);
        FinalReport before = reports.find(actor.organizationId(), programId).orElse(FinalReport.empty(programId));
        if (!before.draft()) {
            throw new InvalidInputException(null, "finalReport.error.frozen");
        }
        reports.ensure(actor.organizationId(), programId);
        if (reports.update(actor.organizationId(), programId, form) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        FinalReport after = reports.find(actor.organizationId(), programId).orElseThrow();
        audit.updated(actor, ENTITY, programId, before, after);
        return after;
    }

    /** Freezes the report and asks every sponsor of the program to sign it; an incomplete report is refused. */
    @Transactional
    public FinalReport sendForSignOff(Actor actor, long programId, int version) {
        Program program = requireEditable(actor, programId);
        FinalReport report = reports.find(actor.organizationId(), programId).orElse(FinalReport.empty(programId));
        if (!report.draft()) {
            throw new InvalidInputException(null, "finalReport.error.frozen");
        }
        EvaluationView evaluation = evaluations.view(actor, programId);
        List<Violation> missing = missing(actor, evaluation, report);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Long[] sponsors = sponsors(actor.organizationId(), programId).toArray(Long[]::new);
        SignOff s = signOffs.request(actor, SignOffDraft.about(SUBJECT, programId, program.name(),
                "/programs/" + programId + "/final-report").withStep(SignOffDraft.Step.of("Sponsor", ApprovalRule.ALL, sponsors)));
        reports.ensure(actor.organizationId(), programId);
        String snapshot = json.writeValueAsString(live(evaluation, report));
        if (reports.freeze(actor.organizationId(), programId, version, s.id(), snapshot) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        audit.action(actor, ENTITY, programId, "sent-for-sign-off", Map.of("signOff", s.id()));
        return reports.find(actor.organizationId(), programId).orElseThrow();
    }

    /** What the report still lacks before it may be signed: each as a violation with the field it concerns. */
    private List<Violation> missing(Actor actor, EvaluationView e, FinalReport report) {
        List<Violation> problems = new ArrayList<>();
        if (report.summary() == null) {
            problems.add(Violation.of("summary", "finalReport.missing.summary"));
        }
        if (e.goals().isEmpty()) {
            problems.add(Violation.of("goals", "finalReport.missing.goals"));
        } else if (!e.goalsAssessed()) {
            problems.add(Violation.of("goals", "finalReport.missing.goalResults"));
        }
        if (e.evaluation().wentWell() == null) {
            problems.add(Violation.of("wentWell", "finalReport.missing.wentWell"));
        }
        if (e.evaluation().improvements() == null) {
            problems.add(Violation.of("improvements", "finalReport.missing.improvements"));
        }
        if (e.interviews().isEmpty()) {
            problems.add(Violation.of("interviews", "finalReport.missing.interviews"));
        }
        if (sponsors(actor.organizationId(), e.program().id()).isEmpty()) {
            problems.add(Violation.of("sponsor", "finalReport.missing.sponsor"));
        }
        return problems;
    }

    private List<Long> sponsors(long organizationId, long programId) {
        return team.membersUnchecked(organizationId, programId).stream().filter(m -> m.role() == ProgramRole.SPONSOR)
                .map(m -> m.personId()).distinct().toList();
    }

    private static ReportContent live(EvaluationView e, FinalReport r) {
        Program p = e.program();
        return new ReportContent(p.name(), p.originalObjective() == null ? p.objective() : p.originalObjective(), p.objective(),
                p.startDate(), e.goals(), e.kpis(), e.evaluation().wentWell(), e.evaluation().improvements(),
                e.evaluation().conclusion(), e.interviews(), e.lessons(), r.summary(), r.recommendations(), Instant.now());
    }

    private ReportContent frozen(Actor actor, long programId) {
        return reports.snapshot(actor.organizationId(), programId).map(s -> json.readValue(s, ReportContent.class)).orElseThrow();
    }

    private Program requireEditable(Actor actor, long programId) {
        Program program = programs.requireEditor(actor, programId).program();
        if (program.status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        return program;
    }

    /** Whether the program's final report is signed: the handover waits for it. */
    public boolean signed(long organizationId, long programId) {
        return reports.status(organizationId, programId).orElse(FinalReportStatus.DRAFT) == FinalReportStatus.SIGNED;
    }

    @EventListener
    void on(SignOffApproved e) {
        outcome(e.organizationId(), e.subjectType(), e.signOffId(), FinalReportStatus.SIGNED, "signed");
    }

    @EventListener
    void on(SignOffRejected e) {
        outcome(e.organizationId(), e.subjectType(), e.signOffId(), FinalReportStatus.DRAFT, "sign-off-rejected");
    }

    @EventListener
    void on(SignOffCancelled e) {
        outcome(e.organizationId(), e.subjectType(), e.signOffId(), FinalReportStatus.DRAFT, "sign-off-cancelled");
    }

    private void outcome(long organizationId, String subjectType, long signOffId, FinalReportStatus status, String action) {
        if (!SUBJECT.equals(subjectType)) {
            return;
        }
        Optional<Long> program = reports.programOfSignOff(organizationId, signOffId);
        if (program.isPresent() && reports.outcome(organizationId, signOffId, status) == 1) {
            audit.action(Actor.system(organizationId), ENTITY, program.get(), action, Map.of("signOff", signOffId));
        }
    }
}
