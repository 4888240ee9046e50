package org.uptake.access.tenant.web;

import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.tenant.NewOrganizationForm;
import org.uptake.access.tenant.OrganizationSetup;
import org.uptake.org.Organization;
import org.uptake.org.OrganizationForm;
import org.uptake.org.OrganizationService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.web.FormErrors;

/** The system administrator's organisations: the list, opening a new one with its first admin, renaming. */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationPageController {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final OrganizationService organizations;
    private final OrganizationSetup setup;
    private final AuditLog audit;

    OrganizationPageController(OrganizationService organizations, OrganizationSetup setup, AuditLog audit) {
        this.organizations = organizations;
        this.setup = setup;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organizations", organizations.all(CurrentActor.get()));
        return "access/organizations/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        OrganizationService.requireSystemAdmin(CurrentActor.get());
        return showNew(new NewOrganizationForm(), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewOrganizationForm form, BindingResult binding, Model model,
                  RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        OrganizationService.requireSystemAdmin(actor);
        if (!binding.hasErrors()) {
            try {
                var opened = setup.open(actor, form);
                flash.addFlashAttribute("flashMessage", Violation.of(null, "organization.created", opened.admin().username()));
                return "redirect:/admin/organizations";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return showNew(form, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Organization organization = organizations.get(CurrentActor.get(), id);
        return showEdit(organization, OrganizationForm.of(organization), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
                  Model model, RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        Organization organization = organizations.get(actor, id);
        if (!binding.hasErrors()) {
            try {
                organizations.update(actor, id, form);
                flash.addFlashAttribute("flashMessage", Violation.of(null, "organizations.saved"));
                return "redirect:/admin/organizations";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return showEdit(organization, form, model);
    }

    private String showNew(NewOrganizationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("zones", ZONES);
        return "access/organizations/new";
    }

    private String showEdit(Organization organization, OrganizationForm form, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("form", form);
        model.addAttribute("zones", ZONES);
        model.addAttribute("history", audit.history(organization.id(), "organization", organization.id(), 50));
        return "access/organizations/edit";
    }
}
