package org.uptake.process.document.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.org.position.PositionService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.document.DocumentForm;
import org.uptake.process.document.DocumentService;
import org.uptake.process.document.ProcessDocument;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.web.FormErrors;

@Controller
@RequestMapping("/processes")
class DocumentPageController {

    private static final String FORM = "process/document-form";

    private final DocumentService documents;
    private final ProcessService processes;
    private final PositionService positions;

    DocumentPageController(DocumentService documents, ProcessService processes, PositionService positions) {
        this.documents = documents;
        this.processes = processes;
        this.positions = positions;
    }

    @GetMapping("/{id}/documents/new")
    String newForm(@PathVariable long id, @RequestParam(defaultValue = "REGULATION") ProcessDocument.Kind kind, Model model) {
        Actor actor = CurrentActor.get();
        Process process = processes.requireEditor(actor, id);
        var form = new DocumentForm();
        form.setKind(kind);
        return form(actor, process, null, form, model);
    }

    @PostMapping("/{id}/documents")
    String create(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        Process process = processes.requireEditor(actor, id);
        if (!binding.hasErrors()) {
            try {
                return "redirect:/processes/documents/" + documents.create(actor, id, form).id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return form(actor, process, null, form, model);
    }

    @GetMapping("/documents/{documentId}")
    String show(@PathVariable long documentId, Model model) {
        Actor actor = CurrentActor.get();
        ProcessDocument document = documents.get(actor, documentId);
        model.addAttribute("document", document);
        model.addAttribute("mayEdit", documents.mayEdit(actor, document));
        model.addAttribute("regulationApproved", documents.hasApprovedRegulation(actor, document.processId()));
        model.addAttribute("revisions", documents.revisions(actor, documentId));
        return "process/document";
    }

    @GetMapping("/documents/{documentId}/revisions/{revision}")
    String revision(@PathVariable long documentId, @PathVariable int revision, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("document", documents.get(actor, documentId));
        model.addAttribute("shown", documents.revision(actor, documentId, revision));
        return "process/document-revision";
    }

    @GetMapping("/documents/{documentId}/edit")
    String edit(@PathVariable long documentId, Model model) {
        Actor actor = CurrentActor.get();
        ProcessDocument document = documents.get(actor, documentId);
        Process process = processes.requireEditor(actor, document.processId());
        return form(actor, process, document, DocumentForm.of(document), model);
    }

    @PostMapping("/documents/{documentId}")
    String update(@PathVariable long documentId, @Valid @ModelAttribute("form") DocumentForm form, BindingResult binding,
                  Model model) {
        Actor actor = CurrentActor.get();
        ProcessDocument document = documents.get(actor, documentId);
        Process process = processes.requireEditor(actor, document.processId());
        if (!binding.hasErrors()) {
            try {
                documents.update(actor, documentId, form);
                return "redirect:/processes/documents/" + documentId;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return form(actor, process, document, form, model);
    }

    @PostMapping("/documents/{documentId}/approve")
    String approve(@PathVariable long documentId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            documents.approve(CurrentActor.get(), documentId, version);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return "redirect:/processes/documents/" + documentId;
    }

    @PostMapping("/documents/{documentId}/delete")
    String delete(@PathVariable long documentId, @RequestParam int version, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ProcessDocument document = documents.get(actor, documentId);
        try {
            documents.delete(actor, documentId, version);
            return "redirect:/processes/" + document.processId() + "#documents";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return "redirect:/processes/documents/" + documentId;
    }

    private String form(Actor actor, Process process, ProcessDocument document, DocumentForm form, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("document", document);
        model.addAttribute("form", form);
        String label = null;
        if (form.getExecutorPositionId() != null) {
            try {
                label = positions.get(actor, form.getExecutorPositionId()).title();
            } catch (NotFoundException e) {
                label = null;
            }
        }
        model.addAttribute("positionLabel", label);
        return FORM;
    }
}
