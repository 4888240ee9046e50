package org.uptake.report.dashboard.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.report.dashboard.DashboardService;
import org.uptake.report.dashboard.PortfolioRow;
import org.uptake.report.status.RuleText;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import tools.jackson.databind.json.JsonMapper;

/** The program's live dashboard tab and the portfolio page with drill-down to each program's dashboard. */
@Controller
class DashboardPageController {

    private final ProgramService programs;
    private final DashboardService dashboards;
    private final JsonMapper json;

    DashboardPageController(ProgramService programs, DashboardService dashboards, JsonMapper json) {
        this.programs = programs;
        this.dashboards = dashboards;
        this.json = json;
    }

    @GetMapping("/programs/{programId}/dashboard")
    String program(@PathVariable long programId, Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireReader(actor, programId);
        var dashboard = dashboards.program(actor, programId, LocaleContextHolder.getLocale());
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("d", dashboard);
        model.addAttribute("f", dashboard.figures());
        model.addAttribute("rule", RuleText.lines());
        model.addAttribute("kpiCharts", dashboard.kpiCharts().stream().map(k -> new Chart(k.kpiId(), k.name(),
                json.writeValueAsString(k.chart()))).toList());
        model.addAttribute("problemChart", json.writeValueAsString(dashboard.problemChart()));
        model.addAttribute("adoptionChart", json.writeValueAsString(dashboard.adoptionChart()));
        return "report/dashboard";
    }

    record Chart(long kpiId, String name, String values) {
    }

    @GetMapping("/portfolio")
    String portfolio(@RequestParam(required = false) ProgramStatus status, @RequestParam(required = false) String after, Model model) {
        Slice<PortfolioRow> page = dashboards.portfolio(CurrentActor.get(), status, new PageRequest(null, after, 50));
        model.addAttribute("page", page);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ProgramStatus.values());
        long[] totals = new long[4];
        page.items().forEach(r -> totals[r.reported() ? r.latest().rag().ordinal() : 3]++);
        model.addAttribute("totals", totals);
        return "report/portfolio";
    }
}
