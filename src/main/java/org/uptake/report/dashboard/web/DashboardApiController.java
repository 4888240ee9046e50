package org.uptake.report.dashboard.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.program.ProgramStatus;
import org.uptake.report.dashboard.DashboardService;
import org.uptake.report.dashboard.PortfolioRow;
import org.uptake.report.dashboard.ProgramDashboard;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/** The dashboards over JSON: a program's live figures and chart series, and the portfolio page by page. */
@RestController
@RequestMapping("/api/v1")
class DashboardApiController {

    private final DashboardService dashboards;

    DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/programs/{programId}/dashboard")
    ProgramDashboard program(@PathVariable long programId) {
        return dashboards.program(CurrentActor.get(), programId, LocaleContextHolder.getLocale());
    }

    @GetMapping("/portfolio")
    Slice<PortfolioRow> portfolio(@RequestParam(required = false) ProgramStatus status, @RequestParam(required = false) String after,
                                  @RequestParam(defaultValue = "50") int size) {
        return dashboards.portfolio(CurrentActor.get(), status, new PageRequest(null, after, size));
    }
}
