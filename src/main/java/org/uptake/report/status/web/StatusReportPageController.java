package org.uptake.report.status.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.report.status.Cadence;
import org.uptake.report.status.OverrideForm;
import org.uptake.report.status.Rag;
import org.uptake.report.status.RuleText;
import org.uptake.report.status.StatusReport;
import org.uptake.report.status.StatusReportDocuments;
import org.uptake.report.status.StatusReportService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.exporting.ExportFormat;
import org.uptake.shared.paging.PageRequest;

/** The reports tab of a program (list, generate, schedule, subscribe) and one report as page, PDF and XLSX. */
@Controller
@RequestMapping("/programs/{programId}/reports")
class StatusReportPageController {

    private final ProgramService programs;
    private final StatusReportService reports;
    private final StatusReportDocuments documents;

    StatusReportPageController(ProgramService programs, StatusReportService reports, StatusReportDocuments documents) {
        this.programs = programs;
        this.reports = reports;
        this.documents = documents;
    }

    @GetMapping
    String list(@PathVariable long programId, @RequestParam(required = false) String after, Model model) {
        return listPage(CurrentActor.get(), programId, after, model);
    }

    private String listPage(Actor actor, long programId, String after, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("page", reports.list(actor, programId, new PageRequest(null, after, 25)));
        model.addAttribute("schedule", reports.schedule(actor, programId));
        model.addAttribute("cadences", Cadence.values());
        model.addAttribute("subscribed", reports.subscribed(actor, programId));
        return "report/status-list";
    }

    @PostMapping
    String generate(@PathVariable long programId) {
        StatusReport report = reports.generate(CurrentActor.get(), programId);
        return "redirect:/programs/" + programId + "/reports/" + report.id();
    }

    @PostMapping("/schedule")
    String schedule(@PathVariable long programId, @RequestParam(required = false) Cadence cadence,
                    @RequestParam(required = false) Integer version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            reports.setSchedule(actor, programId, cadence, version);
            return "redirect:/programs/" + programId + "/reports";
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("violations", violations(e));
            return listPage(actor, programId, null, model);
        }
    }

    @PostMapping("/subscription")
    String subscribe(@PathVariable long programId) {
        reports.subscribe(CurrentActor.get(), programId);
        return "redirect:/programs/" + programId + "/reports";
    }

    @PostMapping("/subscription/delete")
    String unsubscribe(@PathVariable long programId) {
        reports.unsubscribe(CurrentActor.get(), programId);
        return "redirect:/programs/" + programId + "/reports";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long programId, @PathVariable long id, Model model) {
        return reportPage(CurrentActor.get(), programId, id, model);
    }

    private String reportPage(Actor actor, long programId, long id, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        StatusReport report = reports.get(actor, programId, id);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("r", report);
        model.addAttribute("f", report.figures());
        model.addAttribute("rule", RuleText.lines());
        model.addAttribute("rags", Rag.values());
        model.addAttribute("history", reports.history(actor, programId, id));
        return "report/status";
    }

    @PostMapping("/{id}/override")
    String override(@PathVariable long programId, @PathVariable long id, @RequestParam(required = false) Rag rag,
                    @RequestParam(required = false) String comment, @RequestParam(required = false) Integer version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            reports.override(actor, programId, id, new OverrideForm(rag, comment, version));
            return "redirect:/programs/" + programId + "/reports/" + id;
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("violations", violations(e));
            model.addAttribute("comment", comment);
            return reportPage(actor, programId, id, model);
        }
    }

    @GetMapping("/{id}/pdf")
    void pdf(@PathVariable long programId, @PathVariable long id, HttpServletResponse response) throws IOException {
        StatusReport report = reports.get(CurrentActor.get(), programId, id);
        byte[] pdf = documents.pdf(report, LocaleContextHolder.getLocale());
        send(response, "application/pdf", documents.fileName(report) + ".pdf", pdf);
    }

    @GetMapping("/{id}/xlsx")
    void xlsx(@PathVariable long programId, @PathVariable long id, HttpServletResponse response) throws IOException {
        StatusReport report = reports.get(CurrentActor.get(), programId, id);
        byte[] xlsx = documents.xlsx(report, LocaleContextHolder.getLocale());
        send(response, ExportFormat.XLSX.contentType(), documents.fileName(report) + ".xlsx", xlsx);
    }

    private static void send(HttpServletResponse response, String contentType, String fileName, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static List<Violation> violations(RuntimeException e) {
        return e instanceof InvalidInputException i ? i.violations() : List.of(Violation.of(null, "error.stale"));
    }
}
