package org.uptake.governance.document.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.governance.acknowledgement.AcknowledgementService;
import org.uptake.governance.document.DocumentForm;
import org.uptake.governance.document.DocumentInstance;
import org.uptake.governance.document.DocumentInstanceService;
import org.uptake.governance.document.DocumentKind;
import org.uptake.governance.document.DocumentRendering;
import org.uptake.governance.document.DocumentStatus;
import org.uptake.governance.document.TemplateService;
import org.uptake.governance.group.WorkingGroupService;
import org.uptake.governance.web.PageChange;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.paging.PageRequest;

/**
 * Documents as pages: the list (everything for readers of the organisation, otherwise what is
 * addressed to the reader), drafting one from a template, a document with its text, lifecycle,
 * downloads and acknowledgements. The lifecycle and acknowledgement buttons post to
 * {@link DocumentActionController}.
 */
@Controller
@RequestMapping("/documents")
class DocumentPageController {

    private static final int ADDRESSEES_SHOWN = 100;

    private final DocumentInstanceService documents;
    private final TemplateService templates;
    private final AcknowledgementService acknowledgements;
    private final DocumentRendering rendering;
    private final WorkingGroupService groups;
    private final ProgramService programs;
    private final PageChange change;
    private final AuditLog audit;

    DocumentPageController(DocumentInstanceService documents, TemplateService templates, AcknowledgementService acknowledgements,
                           DocumentRendering rendering, WorkingGroupService groups, ProgramService programs, PageChange change,
                           AuditLog audit) {
        this.documents = documents;
        this.templates = templates;
        this.acknowledgements = acknowledgements;
        this.rendering = rendering;
        this.groups = groups;
        this.programs = programs;
        this.change = change;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("q", q);
        model.addAttribute("page", documents.list(actor, new PageRequest(q, after, 50), null, null));
        model.addAttribute("pending", acknowledgements.pending(actor, 50));
        model.addAttribute("mayDraft", documents.mayWrite(actor));
        return "governance/documents/list";
    }

    /** Without a template: the templates to choose from; with one: its form, prefilled with the group or meeting. */
    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long templateId, @RequestParam(required = false) DocumentKind kind,
                   @RequestParam(required = false) Long groupId, @RequestParam(required = false) Long meetingId,
                   @RequestParam(required = false) Long programId, Model model) {
        Actor actor = CurrentActor.get();
        documents.requireWriter(actor);
        if (templateId == null) {
            model.addAttribute("templates", templates.list(actor).stream().filter(t -> kind == null || t.kind() == kind).toList());
            model.addAttribute("groupId", groupId);
            model.addAttribute("meetingId", meetingId);
            model.addAttribute("programId", programId);
            return "governance/documents/choose";
        }
        var template = templates.get(actor, templateId);
        DocumentForm form = new DocumentForm(templateId, template.title(), programId, groupId, meetingId, null, null, Map.of(), 0);
        return form(actor, form, model);
    }

    @PostMapping
    String create(@RequestParam Map<String, String> params, Model model) {
        Actor actor = CurrentActor.get();
        documents.requireWriter(actor);
        DocumentForm form;
        try {
            form = formOf(params);
        } catch (InvalidInputException e) {
            return "redirect:/documents/new";
        }
        if (form.templateId() == null) {
            return "redirect:/documents/new";
        }
        try {
            return "redirect:/documents/" + documents.create(actor, change.check(form)).id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return form(actor, form, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean pending,
                @RequestParam(required = false) String after, Model model) {
        Actor actor = CurrentActor.get();
        DocumentInstance d = documents.get(actor, id);
        boolean writer = documents.mayWrite(actor);
        model.addAttribute("d", d);
        if (writer) {
            model.addAttribute("template", templates.get(actor, d.templateId()));
        }
        model.addAttribute("mayWrite", writer);
        model.addAttribute("mine", acknowledgements.mine(actor, id).orElse(null));
        model.addAttribute("counts", acknowledgements.counts(actor, id));
        model.addAttribute("pendingOnly", pending);
        model.addAttribute("addressees", acknowledgements.addressees(actor, id, pending, after, ADDRESSEES_SHOWN));
        if (writer && d.status() == DocumentStatus.IN_FORCE) {
            model.addAttribute("groups", groups.list(actor, PageRequest.first(200), null).items());
        }
        if (d.programId() != null) {
            model.addAttribute("programName", programs.find(actor, d.programId()).name());
        }
        model.addAttribute("history", audit.history(actor.organizationId(), DocumentInstanceService.ENTITY, id, 50));
        return "governance/documents/show";
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        return DocumentDownloads.send(CurrentActor.get(), id, format, rendering);
    }

    private String form(Actor actor, DocumentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("template", templates.get(actor, form.templateId()));
        model.addAttribute("fieldNames", documents.fieldNames(actor, form.templateId()));
        model.addAttribute("groups", groups.list(actor, PageRequest.first(200), null).items());
        model.addAttribute("programs", programs.list(actor, null, PageRequest.first(200)).items());
        return "governance/documents/form";
    }

    /** The form's own inputs, plus one {@code field.<name>} input per free field of the template. */
    private static DocumentForm formOf(Map<String, String> p) {
        Map<String, String> fields = new LinkedHashMap<>();
        p.forEach((k, v) -> {
            if (k.startsWith("field.") && v != null && !v.isBlank()) {
                fields.put(k.substring(6), v.strip());
            }
        });
        return new DocumentForm(id(p, "templateId"), p.get("title"), id(p, "programId"), id(p, "groupId"), id(p, "meetingId"),
                id(p, "signatoryId"), id(p, "supersedesId"), fields, 0);
    }

    private static Long id(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "governance.error.reference");
        }
    }
}
