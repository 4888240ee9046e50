package org.uptake.report.closure.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.report.closure.FinalReportForm;
import org.uptake.report.closure.FinalReportService;
import org.uptake.report.closure.FinalReportView;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.report.PageChanges;
import org.uptake.shared.audit.AuditLog;

/** The final report page (content, summary and recommendations, sign-off), its PDF, and sending it for sign-off. */
@Controller
class FinalReportPageController {

    private final ProgramService programs;
    private final FinalReportService reports;
    private final FinalReportPdf pdf;
    private final AuditLog audit;

    FinalReportPageController(ProgramService programs, FinalReportService reports, FinalReportPdf pdf, AuditLog audit) {
        this.programs = programs;
        this.reports = reports;
        this.pdf = pdf;
        this.audit = audit;
    }

    @GetMapping("/programs/{programId}/final-report")
    String show(@PathVariable long programId, Model model) {
        return page(CurrentActor.get(), programId, model);
    }

    private String page(Actor actor, long programId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        FinalReportView view = reports.view(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("view", view);
        model.addAttribute("c", view.content());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FinalReportForm.of(view.report()));
        }
        model.addAttribute("history", audit.history(actor.organizationId(), FinalReportService.ENTITY, programId, 50));
        return "report/closure/final-report";
    }

    @GetMapping("/programs/{programId}/final-report.pdf")
    ResponseEntity<byte[]> print(@PathVariable long programId) {
        Actor actor = CurrentActor.get();
        FinalReportView view = reports.view(actor, programId);
        byte[] body = pdf.render(view, LocaleContextHolder.getLocale(), java.time.ZoneId.of(actor.timeZone() == null ? "UTC" : actor.timeZone()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("final-report-" + programId + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @PostMapping("/programs/{programId}/final-report")
    String save(@PathVariable long programId, FinalReportForm form, Model model) {
        model.addAttribute("form", form);
        return change(programId, model, a -> reports.update(a, programId, form));
    }

    @PostMapping("/programs/{programId}/final-report/sign-off")
    String send(@PathVariable long programId, @RequestParam int version, Model model) {
        return change(programId, model, a -> reports.sendForSignOff(a, programId, version));
    }

    private String change(long programId, Model model, Consumer<Actor> change) {
        Actor actor = CurrentActor.get();
        return PageChanges.apply(model, () -> change.accept(actor), "/programs/" + programId + "/final-report",
                () -> page(actor, programId, model));
    }
}
