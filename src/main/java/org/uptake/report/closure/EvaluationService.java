package org.uptake.report.closure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.measure.Kpi;
import org.uptake.measure.KpiService;
import org.uptake.program.Program;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.report.lessons.LessonService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;

/**
 * The effectiveness evaluation of a program against its original objective: goals × results with evidence,
 * KPIs before and after, what went well, improvement points, the interviews. The program's editors write it;
 * its readers read it. It is locked once the final report goes to sign-off, so the report signs what it shows.
 */
@Service
public class EvaluationService {

    public static final String ENTITY = LessonService.ENTITY;
    private static final int KPI_LIMIT = 200;

    private final ProgramService programs;
    private final KpiService kpis;
    private final LessonService lessons;
    private final EvaluationRepository evaluations;
    private final FinalReportRepository reports;
    private final AuditLog audit;

    EvaluationService(ProgramService programs, KpiService kpis, LessonService lessons, EvaluationRepository evaluations,
                      FinalReportRepository reports, AuditLog audit) {
        this.programs = programs;
        this.kpis = kpis;
        this.lessons = lessons;
        this.evaluations = evaluations;
        this.reports = reports;
        this.audit = audit;
    }

    public EvaluationView view(Actor actor, long programId) {
        ProgramAccess access = programs.requireReader(actor, programId);
        long org = actor.organizationId();
        boolean locked = locked(access.program());
        return new EvaluationView(access.program(), evaluations.find(org, programId).orElse(Evaluation.empty(programId)),
                evaluations.goals(org, programId), kpis(actor, programId), evaluations.interviews(org, programId),
                lessons.ofProgram(actor, programId), access.edits() && !locked, locked);
    }

    /** The KPIs of the program before (baseline) and after (latest measurement). */
    public List<KpiComparison> kpis(Actor actor, long programId) {
        return kpis.list(actor, programId, PageRequest.first(KPI_LIMIT)).items().stream().map(EvaluationService::compare).toList();
    }

    private static KpiComparison compare(Kpi k) {
        return new KpiComparison(k.code(), k.name(), k.unitOfMeasure(), k.direction().name(), k.baselineValue(), k.baselineDate(),
                k.latestValue(), k.latestOn(), k.targetValue());
    }

    @Transactional
    public Evaluation update(Actor actor, long programId, EvaluationForm form) {
        requireEditable(actor, programId);
        Evaluation before = evaluations.find(actor.organizationId(), programId).orElse(Evaluation.empty(programId));
        if (evaluations.save(actor.organizationId(), programId, form) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        Evaluation after = evaluations.find(actor.organizationId(), programId).orElseThrow();
        audit.updated(actor, ENTITY, programId, before, after);
        return after;
    }

    @Transactional
    public GoalResult assess(Actor actor, long programId, long goalId, GoalResultForm form) {
        requireEditable(actor, programId);
        GoalResult before = goal(actor, programId, goalId);
        List<Violation> problems = new ArrayList<>();
        if (form.getVerdict() == null) {
            problems.add(Violation.of("verdict", "evaluation.error.verdict"));
        }
        if (form.getEvidence() == null || form.getEvidence().length() > 4000) {
            problems.add(Violation.of("evidence", "evaluation.error.evidence"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (evaluations.assess(actor.organizationId(), programId, goalId, form) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        GoalResult after = goal(actor, programId, goalId);
        audit.action(actor, ENTITY, programId, "goal-assessed", Map.of("goal", after.statement(),
                "verdict", after.verdict().name(), "evidence", after.evidence()));
        return after;
    }

    private GoalResult goal(Actor actor, long programId, long goalId) {
        return evaluations.goals(actor.organizationId(), programId).stream().filter(g -> g.goalId() == goalId).findFirst()
                .orElseThrow(() -> new NotFoundException("goal", goalId));
    }

    @Transactional
    public Interview addInterview(Actor actor, long programId, InterviewForm form) {
        requireEditable(actor, programId);
        List<Violation> problems = new ArrayList<>();
        if (form.getPersonId() == null || !evaluations.personExists(actor.organizationId(), form.getPersonId())) {
            problems.add(Violation.of("personId", "evaluation.error.person"));
        }
        if (form.getInterviewedOn() == null || form.getInterviewedOn().isAfter(LocalDate.now())) {
            problems.add(Violation.of("interviewedOn", "evaluation.error.interviewedOn"));
        }
        if (form.getRole() == null || form.getRole().length() > 200) {
            problems.add(Violation.of("role", "evaluation.error.role"));
        }
        if (form.getNotes() == null || form.getNotes().length() > 8000) {
            problems.add(Violation.of("notes", "evaluation.error.notes"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = evaluations.addInterview(actor.organizationId(), programId, form);
        Interview created = evaluations.interviews(actor.organizationId(), programId).stream().filter(i -> i.id() == id)
                .findFirst().orElseThrow();
        audit.action(actor, ENTITY, programId, "interview-added", Map.of("person", created.personName(),
                "on", created.interviewedOn().toString(), "role", created.role()));
        return created;
    }

    @Transactional
    public void deleteInterview(Actor actor, long programId, long interviewId) {
        requireEditable(actor, programId);
        Interview before = evaluations.interviews(actor.organizationId(), programId).stream().filter(i -> i.id() == interviewId)
                .findFirst().orElseThrow(() -> new NotFoundException("interview", interviewId));
        evaluations.deleteInterview(actor.organizationId(), programId, interviewId);
        audit.action(actor, ENTITY, programId, "interview-removed", Map.of("person", before.personName(),
                "on", before.interviewedOn().toString()));
    }

    private void requireEditable(Actor actor, long programId) {
        Program program = programs.requireEditor(actor, programId).program();
        if (program.status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        if (locked(program)) {
            throw new InvalidInputException(null, "evaluation.error.locked");
        }
    }

    private boolean locked(Program program) {
        return program.status() == ProgramStatus.CLOSED
                || reports.status(program.organizationId(), program.id()).orElse(FinalReportStatus.DRAFT) != FinalReportStatus.DRAFT;
    }
}
