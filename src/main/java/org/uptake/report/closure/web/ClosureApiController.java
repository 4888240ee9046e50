package org.uptake.report.closure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.approval.SignOff;
import org.uptake.report.closure.Evaluation;
import org.uptake.report.closure.EvaluationForm;
import org.uptake.report.closure.EvaluationService;
import org.uptake.report.closure.EvaluationView;
import org.uptake.report.closure.FinalReport;
import org.uptake.report.closure.FinalReportForm;
import org.uptake.report.closure.FinalReportService;
import org.uptake.report.closure.FinalReportView;
import org.uptake.report.closure.GoalResult;
import org.uptake.report.closure.GoalResultForm;
import org.uptake.report.closure.Handover;
import org.uptake.report.closure.HandoverForm;
import org.uptake.report.closure.HandoverService;
import org.uptake.report.closure.HandoverView;
import org.uptake.report.closure.Interview;
import org.uptake.report.closure.InterviewForm;
import org.uptake.report.closure.ReportContent;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.Violation;

@Tag(name = "Closure", description = "A program's evaluation against its original objective, interviews, final report and handover to operations")
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class ClosureApiController {

    private final EvaluationService evaluations;
    private final FinalReportService reports;
    private final HandoverService handovers;

    ClosureApiController(EvaluationService evaluations, FinalReportService reports, HandoverService handovers) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.handovers = handovers;
    }

    @GetMapping("/evaluation")
    @Operation(summary = "The evaluation: goals with results, KPIs before and after, texts, interviews, lessons")
    EvaluationView evaluation(@PathVariable long programId) {
        return evaluations.view(CurrentActor.get(), programId);
    }

    @PutMapping("/evaluation")
    @Operation(summary = "Changes what went well, the improvement points and the conclusion; a stale version is a 409")
    Evaluation updateEvaluation(@PathVariable long programId, @Valid @RequestBody EvaluationForm form) {
        return evaluations.update(CurrentActor.get(), programId, form);
    }

    @PutMapping("/evaluation/goals/{goalId}")
    @Operation(summary = "The verdict on one goal (ACHIEVED, PARTLY, NOT_ACHIEVED) with its evidence")
    GoalResult assess(@PathVariable long programId, @PathVariable long goalId, @RequestBody GoalResultForm form) {
        return evaluations.assess(CurrentActor.get(), programId, goalId, form);
    }

    @PostMapping("/evaluation/interviews")
    ResponseEntity<Interview> interview(@PathVariable long programId, @RequestBody InterviewForm form) {
        Interview i = evaluations.addInterview(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/evaluation")).body(i);
    }

    @DeleteMapping("/evaluation/interviews/{interviewId}")
    ResponseEntity<Void> deleteInterview(@PathVariable long programId, @PathVariable long interviewId) {
        evaluations.deleteInterview(CurrentActor.get(), programId, interviewId);
        return ResponseEntity.noContent().build();
    }

    /** The final report with its content (frozen once sent), the sign-off request and what is still missing. */
    record FinalReportJson(FinalReport report, ReportContent content, SignOff signOff, List<Violation> missing) {
        static FinalReportJson of(FinalReportView v) {
            return new FinalReportJson(v.report(), v.content(), v.signOff().orElse(null), v.missing());
        }
    }

    @GetMapping("/final-report")
    FinalReportJson finalReport(@PathVariable long programId) {
        return FinalReportJson.of(reports.view(CurrentActor.get(), programId));
    }

    @PutMapping("/final-report")
    @Operation(summary = "Changes the summary and recommendations of a draft report; a sent or signed one is refused")
    FinalReport updateFinalReport(@PathVariable long programId, @Valid @RequestBody FinalReportForm form) {
        return reports.update(CurrentActor.get(), programId, form);
    }

    /** The version of the record the request acts on. */
    record VersionForm(int version) {
    }

    @PostMapping("/final-report/sign-off")
    @Operation(summary = "Freezes the report and asks the program's sponsors to sign it; an incomplete report is a 400 listing what is missing")
    FinalReport sendFinalReport(@PathVariable long programId, @RequestBody VersionForm form) {
        return reports.sendForSignOff(CurrentActor.get(), programId, form.version());
    }

    @GetMapping("/handover")
    @Operation(summary = "The handover with what the line owner takes over: benefits, open problems, backlog, annual wheel")
    HandoverView handover(@PathVariable long programId) {
        return handovers.view(CurrentActor.get(), programId);
    }

    @PutMapping("/handover")
    Handover updateHandover(@PathVariable long programId, @Valid @RequestBody HandoverForm form) {
        return handovers.update(CurrentActor.get(), programId, form);
    }

    @PostMapping("/handover/sign-off")
    @Operation(summary = "Asks the line owner to accept the handover (needs the signed final report); acceptance moves the program to operation")
    Handover sendHandover(@PathVariable long programId, @RequestBody VersionForm form) {
        return handovers.sendForAcceptance(CurrentActor.get(), programId, form.version());
    }
}
