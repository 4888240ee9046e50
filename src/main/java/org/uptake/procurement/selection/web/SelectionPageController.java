package org.uptake.procurement.selection.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.procurement.selection.Selection;
import org.uptake.procurement.selection.SelectionForm;
import org.uptake.procurement.selection.SelectionService;
import org.uptake.procurement.selection.VendorService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;

/** The selections tab of a program, a selection's page, its procurement plan and tender documents. */
@Controller
@RequestMapping("/programs/{programId}/selections")
class SelectionPageController {

    private final SelectionService selections;
    private final VendorService vendors;
    private final SelectionPageModel page;

    SelectionPageController(SelectionService selections, VendorService vendors, SelectionPageModel page) {
        this.selections = selections;
        this.vendors = vendors;
        this.page = page;
    }

    @GetMapping
    String list(@PathVariable long programId, Model model) {
        return page.list(CurrentActor.get(), programId, model);
    }

    @PostMapping
    String create(@PathVariable long programId, SelectionForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            Selection s = selections.create(actor, programId, form);
            return "redirect:/programs/" + programId + "/selections/" + s.id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("form", form);
            return page.list(actor, programId, model);
        }
    }

    @GetMapping("/{selectionId}")
    String show(@PathVariable long programId, @PathVariable long selectionId, Model model) {
        return page.show(CurrentActor.get(), programId, selectionId, model);
    }

    @PostMapping("/{selectionId}")
    String plan(@PathVariable long programId, @PathVariable long selectionId, SelectionForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            selections.update(actor, programId, selectionId, form);
            return "redirect:/programs/" + programId + "/selections/" + selectionId;
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("planForm", form);
            return page.refused(actor, programId, selectionId, model, e);
        }
    }

    @PostMapping("/{selectionId}/documents")
    String upload(@PathVariable long programId, @PathVariable long selectionId, @RequestParam(required = false) String title,
                  @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        Actor actor = CurrentActor.get();
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "selection.error.documentFile");
            }
            vendors.addDocument(actor, programId, selectionId, title, file.getOriginalFilename(), file.getContentType(),
                    file.getBytes());
            return "redirect:/programs/" + programId + "/selections/" + selectionId;
        } catch (InvalidInputException e) {
            return page.refused(actor, programId, selectionId, model, e);
        }
    }

    @GetMapping("/{selectionId}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long programId, @PathVariable long selectionId, @PathVariable long documentId) {
        VendorService.Download d = vendors.document(CurrentActor.get(), programId, selectionId, documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.name(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(d.contentType())).body(d.content());
    }
}
