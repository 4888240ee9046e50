package org.uptake.program.planio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.planio.PlanExportService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.exporting.Downloads;
import org.uptake.shared.exporting.ExportFormat;
import org.uptake.shared.importing.ImportJob;
import org.uptake.shared.importing.ImportService;

/**
 * The plan as a file: export (CSV or XLSX, in the import's columns) and import through the one import
 * mechanism — the upload here, then its preview, problems and apply on the import's own page.
 */
@Controller
@RequestMapping("/programs/{programId}/plan")
class PlanIoPageController {

    static final String KIND = "plan";

    private final ProgramService programs;
    private final PlanExportService exports;
    private final ImportService imports;

    PlanIoPageController(ProgramService programs, PlanExportService exports, ImportService imports) {
        this.programs = programs;
        this.exports = exports;
        this.imports = imports;
    }

    @GetMapping("/export.csv")
    void csv(@PathVariable long programId, HttpServletResponse response) {
        export(programId, ExportFormat.CSV, response);
    }

    @GetMapping("/export.xlsx")
    void xlsx(@PathVariable long programId, HttpServletResponse response) {
        export(programId, ExportFormat.XLSX, response);
    }

    private void export(long programId, ExportFormat format, HttpServletResponse response) {
        List<List<Object>> rows = exports.rows(CurrentActor.get(), programId);
        Downloads.send(response, format, "plan-" + programId, exports.header(), rows);
    }

    @GetMapping("/import")
    String form(@PathVariable long programId, Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireEditor(actor, programId);
        imports.kind(KIND).authorize(actor);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("kind", imports.kind(KIND));
        model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
        model.addAttribute("maxBytes", imports.maxBytes());
        return "program/views/plan-import";
    }

    /** Checks the file (dry run) and leads to the import's preview, where it is applied or its problems are listed. */
    @PostMapping("/import")
    String upload(@PathVariable long programId, @RequestParam(required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        programs.requireEditor(actor, programId);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "import.error.empty");
            }
            ImportJob job = imports.check(actor, KIND, file.getOriginalFilename(), file.getBytes());
            return "redirect:/imports/" + job.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileErrors", e.violations());
            return form(programId, model);
        }
    }
}
