package org.uptake.approval.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.uptake.approval.SignOffService;
import org.uptake.approval.delegation.DelegationForm;
import org.uptake.approval.delegation.DelegationService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.web.FormErrors;

/** "While I am away": the delegations a person gave and received, and a form to hand their sign-offs over for a period. */
@Controller
@RequestMapping("/sign-offs/delegations")
class DelegationPageController {

    private static final String PAGE = "approval/delegations";

    private final DelegationService delegations;
    private final SignOffService signOffs;

    DelegationPageController(DelegationService delegations, SignOffService signOffs) {
        this.delegations = delegations;
        this.signOffs = signOffs;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = CurrentActor.get();
        var form = new DelegationForm();
        form.setStartsOn(SignOffService.today(actor));
        form.setEndsOn(SignOffService.today(actor).plusDays(7));
        return show(actor, form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") DelegationForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            try {
                delegations.createForPeriod(actor, form, SignOffService.today(actor));
                return "redirect:/sign-offs/delegations";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        response.setStatus(400);
        return show(actor, form, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        try {
            delegations.revoke(actor, id, version);
            return "redirect:/sign-offs/delegations";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        response.setStatus(400);
        var form = new DelegationForm();
        return show(actor, form, model);
    }

    private String show(Actor actor, DelegationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("today", SignOffService.today(actor));
        model.addAttribute("delegations", delegations.mine(actor, SignOffService.today(actor)));
        model.addAttribute("toLabel", label(actor, form.getToPersonId()));
        model.addAttribute("fromLabel", label(actor, form.getFromPersonId()));
        return PAGE;
    }

    private String label(Actor actor, Long personId) {
        return personId == null ? null
                : signOffs.choices(actor, List.of(personId)).stream().findFirst().map(p -> p.name()).orElse(null);
    }
}
