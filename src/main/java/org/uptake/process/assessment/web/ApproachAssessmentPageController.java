package org.uptake.process.assessment.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.uptake.process.assessment.ApproachAssessmentForm;
import org.uptake.process.assessment.ApproachAssessmentService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Role;

@Controller
@RequestMapping("/processes/assessments")
class ApproachAssessmentPageController {

    private final ApproachAssessmentService assessments;

    ApproachAssessmentPageController(ApproachAssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    String history(Model model) {
        return page(CurrentActor.get(), new ApproachAssessmentForm(), model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("assessment", assessments.get(CurrentActor.get(), id));
        return "process/assessment";
    }

    @PostMapping
    String record(@Valid @ModelAttribute("form") ApproachAssessmentForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        actor.require("assess the process approach", Role.ADMIN, Role.COORDINATOR);
        if (binding.hasErrors()) {
            return page(actor, form, model);
        }
        return "redirect:/processes/assessments/" + assessments.record(actor, form).id();
    }

    private String page(Actor actor, ApproachAssessmentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("history", assessments.history(actor));
        model.addAttribute("evidence", assessments.evidence(actor));
        model.addAttribute("mayAssess", assessments.mayAssess(actor));
        return "process/assessments";
    }
}
