package org.uptake.competency.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.competency.assessment.Assessment;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.assessment.LevelsForm;
import org.uptake.competency.catalog.CatalogService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/** The questionnaire page of an assessment, starting one for a person, and the gap matrix. */
@Controller
class AssessmentPageController {

    private final AssessmentService assessments;
    private final CatalogService catalog;

    AssessmentPageController(AssessmentService assessments, CatalogService catalog) {
        this.assessments = assessments;
        this.catalog = catalog;
    }

    @PostMapping("/people/{personId}/assessments")
    String start(@PathVariable long personId, Model model) {
        Actor actor = CurrentActor.get();
        try {
            return "redirect:/assessments/" + assessments.start(actor, personId).id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("personId", personId);
            return "competency/assessment-refused";
        }
    }

    @GetMapping("/assessments/{id}")
    String show(@PathVariable long id, Model model) {
        return page(CurrentActor.get(), assessments.get(CurrentActor.get(), id), model);
    }

    @PostMapping("/assessments/{id}/{step}")
    String levels(@PathVariable long id, @PathVariable String step, @RequestParam int version, HttpServletRequest request,
                  Model model) {
        Actor actor = CurrentActor.get();
        LevelsForm form = new LevelsForm();
        form.setVersion(version);
        Map<Long, Integer> levels = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (k.startsWith("level-") && v.length > 0 && !v[0].isBlank()) {
                try {
                    levels.put(Long.parseLong(k.substring(6)), Integer.parseInt(v[0]));
                } catch (NumberFormatException e) {
                    levels.put(-1L, -1);
                }
            }
        });
        form.setLevels(levels);
        try {
            Assessment a = "agree".equals(step) ? assessments.agree(actor, id, form) : assessments.rate(actor, id, form);
            return "redirect:/assessments/" + a.id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return page(actor, assessments.get(actor, id), model);
    }

    @GetMapping("/assessments/matrix")
    String matrix(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean people, Model model) {
        model.addAttribute("matrix", assessments.matrix(CurrentActor.get(), unitId, people));
        model.addAttribute("people", people);
        return "competency/matrix";
    }

    private String page(Actor actor, Assessment a, Model model) {
        model.addAttribute("assessment", a);
        model.addAttribute("role", assessments.role(actor, a));
        model.addAttribute("scale", catalog.scale(actor));
        return "competency/assessment";
    }
}
