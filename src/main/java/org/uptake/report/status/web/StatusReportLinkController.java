package org.uptake.report.status.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.uptake.report.status.StatusReportService;
import org.uptake.shared.CurrentActor;

/** Where the audit log links a report: its page inside its program. */
@Controller
class StatusReportLinkController {

    private final StatusReportService reports;

    StatusReportLinkController(StatusReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/status-reports/{id}")
    String one(@PathVariable long id) {
        return "redirect:/programs/" + reports.programOf(CurrentActor.get(), id) + "/reports/" + id;
    }
}
