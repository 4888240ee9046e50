package org.uptake.support.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.ProblemFilter;
import org.uptake.support.ProblemService;
import org.uptake.support.sla.ProblemSeverity;
import org.uptake.support.ProblemStatus;
import org.uptake.support.ProblemType;
import org.uptake.support.ProblemWorkflow;
import org.uptake.support.trend.TrendService;
import org.uptake.support.trend.Trends;

/** Reading the problem log: the filtered list, one problem, the trends, an attachment. */
@Controller
@RequestMapping("/problems")
class ProblemPageController {

    private final ProblemService problems;
    private final ProblemWorkflow workflow;
    private final TrendService trends;
    private final ProgramService programs;
    private final ProblemShowModel show;
    private final SupportChartData charts;

    ProblemPageController(ProblemService problems, ProblemWorkflow workflow, TrendService trends, ProgramService programs,
                          ProblemShowModel show, SupportChartData charts) {
        this.charts = charts;
        this.problems = problems;
        this.workflow = workflow;
        this.trends = trends;
        this.programs = programs;
        this.show = show;
    }

    @GetMapping
    String list(@RequestParam(required = false) ProblemStatus status, @RequestParam(required = false) ProblemType type,
                @RequestParam(required = false) ProblemSeverity severity, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) Long programId, @RequestParam(defaultValue = "false") boolean open,
                @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(required = false) String q, @RequestParam(required = false) String after,
                Model model, HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        var filter = new ProblemFilter(status, type, severity, unitId, programId, null, open, mine, overdue);
        model.addAttribute("filter", filter);
        model.addAttribute("q", q);
        model.addAttribute("page", problems.list(actor, filter, new PageRequest(q, after, 50)));
        model.addAttribute("now", Instant.now());
        model.addAttribute("statuses", ProblemStatus.values());
        model.addAttribute("types", ProblemType.values());
        model.addAttribute("severities", ProblemSeverity.values());
        model.addAttribute("triages", problems.triages(actor));
        model.addAttribute("programs", actor.readsWholeOrganization()
                ? programs.list(actor, null, PageRequest.first(100)).items() : List.of());
        model.addAttribute("unitLabel", unitId == null ? null : show.unitName(actor, unitId));
        boolean swap = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
        return swap ? "support/list :: rows" : "support/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        show.fill(CurrentActor.get(), id, model);
        return ProblemShowModel.TEMPLATE;
    }

    @GetMapping("/trends")
    String trends(@RequestParam(required = false) Long programId, @RequestParam(defaultValue = "12") int weeks, Model model,
                  Locale locale) {
        Actor actor = CurrentActor.get();
        Trends t = trends.trends(actor, programId, Math.min(Math.max(weeks, 1), TrendService.MAX_WEEKS));
        model.addAttribute("trends", t);
        model.addAttribute("chartWeeks", charts.weeks(t));
        model.addAttribute("chartByType", charts.byType(t, locale));
        model.addAttribute("chartReported", charts.json(t.reported()));
        model.addAttribute("chartResolved", charts.json(t.resolved()));
        model.addAttribute("programId", programId);
        model.addAttribute("weeks", weeks);
        model.addAttribute("types", ProblemType.values());
        model.addAttribute("programs", actor.readsWholeOrganization()
                ? programs.list(actor, null, PageRequest.first(100)).items() : List.of());
        return "support/trends";
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        return Attachments.response(workflow.download(CurrentActor.get(), id, attachmentId));
    }
}
