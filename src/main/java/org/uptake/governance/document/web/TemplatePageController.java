package org.uptake.governance.document.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.governance.document.DocumentKind;
import org.uptake.governance.document.DocumentTemplate;
import org.uptake.governance.document.TemplateForm;
import org.uptake.governance.document.TemplateService;
import org.uptake.governance.web.PageChange;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/** Document templates as pages: the list, a template's source and versions, and the admins' editor. */
@Controller
@RequestMapping("/document-templates")
class TemplatePageController {

    private static final String FORM = "governance/templates/form";

    private final TemplateService templates;
    private final PageChange change;
    private final AuditLog audit;

    TemplatePageController(TemplateService templates, PageChange change, AuditLog audit) {
        this.templates = templates;
        this.change = change;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("templates", templates.list(actor));
        model.addAttribute("mayEdit", templates.mayEdit(actor));
        return "governance/templates/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("t", templates.get(actor, id));
        model.addAttribute("body", templates.body(actor, id, version));
        model.addAttribute("versions", templates.versions(actor, id));
        model.addAttribute("mayEdit", templates.mayEdit(actor));
        model.addAttribute("history", audit.history(actor.organizationId(), TemplateService.ENTITY, id, 50));
        return "governance/templates/show";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        Actor actor = CurrentActor.get();
        templates.requireEditor(actor);
        return form(new TemplateForm("", DocumentKind.ORDER, actor.language(), "RU", "", "<h1>{{document.title}}</h1>\n<p></p>",
                null, 0), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") TemplateForm form, Model model) {
        Actor actor = CurrentActor.get();
        templates.requireEditor(actor);
        try {
            return "redirect:/document-templates/" + templates.create(actor, change.check(form)).id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return form(form, null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        templates.requireEditor(actor);
        DocumentTemplate t = templates.get(actor, id);
        TemplateForm form = new TemplateForm(t.code(), t.kind(), t.language(), t.jurisdiction(), t.title(),
                templates.body(actor, id, null).body(), null, t.version());
        return form(form, t, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") TemplateForm form, Model model) {
        Actor actor = CurrentActor.get();
        templates.requireEditor(actor);
        DocumentTemplate t = templates.get(actor, id);
        try {
            templates.update(actor, id, change.check(form));
            return "redirect:/document-templates/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return form(form, t, model);
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable long id, RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        return change.run(flash, "/document-templates/" + id, "governance.done.copied",
                () -> "/document-templates/" + templates.copy(actor, id).id() + "/edit");
    }

    private String form(TemplateForm form, DocumentTemplate t, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("t", t);
        model.addAttribute("kinds", DocumentKind.values());
        return FORM;
    }
}
