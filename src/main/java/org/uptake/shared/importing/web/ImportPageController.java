package org.uptake.shared.importing.web;

import jakarta.servlet.http.HttpServletRequest;
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
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.exporting.Downloads;
import org.uptake.shared.exporting.ExportFormat;
import org.uptake.shared.importing.ImportJob;
import org.uptake.shared.importing.ImportKind;
import org.uptake.shared.importing.ImportService;
import org.uptake.shared.paging.PageRequest;

/**
 * The import pages: past imports, the upload form with the kind's columns and templates, the
 * preview with its problems, the progress bar and the result.
 */
@Controller
@RequestMapping("/imports")
class ImportPageController {

    private static final int PREVIEW_ROWS = 200;

    private final ImportService imports;
    private final ImportTexts texts;

    ImportPageController(ImportService imports, ImportTexts texts) {
        this.imports = imports;
        this.texts = texts;
    }

    @GetMapping
    String list(@RequestParam(required = false) String after, Model model) {
        model.addAttribute("page", imports.list(CurrentActor.get(), new PageRequest(null, after, 50)));
        model.addAttribute("kinds", imports.kinds());
        return "shared/imports/list";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) String kind, Model model) {
        Actor actor = CurrentActor.get();
        imports.requireImporter(actor);
        model.addAttribute("kinds", imports.kinds());
        if (kind != null) {
            ImportKind<?, ?> chosen = imports.kind(kind);
            chosen.authorize(actor);
            model.addAttribute("kind", chosen);
        }
        model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
        model.addAttribute("maxBytes", imports.maxBytes());
        return "shared/imports/new";
    }

    @PostMapping
    String upload(@RequestParam String kind, @RequestParam(required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "import.error.empty");
            }
            ImportJob job = imports.check(actor, kind, file.getOriginalFilename(), file.getBytes());
            return "redirect:/imports/" + job.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileErrors", e.violations());
            return form(kind, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        ImportJob job = imports.get(actor, id);
        model.addAttribute("job", job);
        model.addAttribute("problems", imports.problems(actor, id));
        model.addAttribute("rows", imports.preview(actor, id).stream().limit(PREVIEW_ROWS).toList());
        model.addAttribute("previewLimit", PREVIEW_ROWS);
        return "shared/imports/show";
    }

    /** What the progress bar polls; once the job has finished the whole page reloads to show the result. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        ImportJob job = imports.get(CurrentActor.get(), id);
        if (job.status().finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "shared/imports/show :: progress";
    }

    @PostMapping("/{id}/apply")
    String apply(@PathVariable long id, HttpServletRequest request) {
        imports.startApply(CurrentActor.get(), id);
        return "redirect:/imports/" + id;
    }

    @GetMapping("/{id}/errors.csv")
    void errors(@PathVariable long id, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        ImportJob job = imports.get(actor, id);
        var problems = imports.problems(actor, id);
        Downloads.send(response, ExportFormat.CSV, "import-" + job.id() + "-errors", writer -> {
            writer.header(List.of(texts.text("imports.problem.row"), texts.text("imports.problem.column"),
                    texts.text("imports.problem.value"), texts.text("imports.problem.reason")));
            problems.forEach(p -> writer.row(List.of(p.row(), p.column() == null ? "" : p.column(),
                    p.value() == null ? "" : p.value(), texts.reason(p))));
        });
    }

    @GetMapping("/templates/{kind}.csv")
    void csvTemplate(@PathVariable String kind, HttpServletResponse response) {
        template(kind, ExportFormat.CSV, response);
    }

    @GetMapping("/templates/{kind}.xlsx")
    void xlsxTemplate(@PathVariable String kind, HttpServletResponse response) {
        template(kind, ExportFormat.XLSX, response);
    }

    private void template(String kind, ExportFormat format, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        imports.kind(kind).authorize(actor);
        Downloads.send(response, format, kind + "-template", writer -> imports.writeTemplate(actor, kind, writer, texts::text));
    }
}
