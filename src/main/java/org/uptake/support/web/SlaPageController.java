package org.uptake.support.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.sla.SlaForm;
import org.uptake.support.sla.SlaPolicy;
import org.uptake.support.sla.SlaService;

/** SLA hours by severity for the organisation or one program. */
@Controller
class SlaPageController {

    private final SlaService sla;
    private final ProgramService programs;

    SlaPageController(SlaService sla, ProgramService programs) {
        this.sla = sla;
        this.programs = programs;
    }

    @GetMapping("/problems/sla")
    String show(@RequestParam(required = false) Long programId, Model model) {
        Actor actor = CurrentActor.get();
        SlaPolicy policy = sla.policy(actor, programId);
        return page(actor, programId, policy, SlaForm.of(policy), model);
    }

    @PostMapping("/problems/sla")
    String save(@RequestParam(required = false) Long programId, @Valid @ModelAttribute("form") SlaForm form,
                BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        SlaPolicy policy = sla.policy(actor, programId);
        if (!binding.hasErrors()) {
            try {
                sla.save(actor, programId, form);
                return "redirect:/problems/sla" + (programId == null ? "?saved" : "?saved&programId=" + programId);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return page(actor, programId, policy, form, model);
    }

    private String page(Actor actor, Long programId, SlaPolicy policy, SlaForm form, Model model) {
        model.addAttribute("policy", policy);
        model.addAttribute("form", form);
        model.addAttribute("programId", programId);
        model.addAttribute("editable", sla.mayEdit(actor, programId));
        model.addAttribute("programs", actor.readsWholeOrganization()
                ? programs.list(actor, null, PageRequest.first(100)).items() : List.of());
        return "support/sla";
    }
}
