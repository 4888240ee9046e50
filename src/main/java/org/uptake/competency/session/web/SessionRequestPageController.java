package org.uptake.competency.session.web;

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
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.session.SessionRequest;
import org.uptake.competency.session.SessionRequestForm;
import org.uptake.competency.session.SessionRequestService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;

/** Asking for a session from the gap matrix, the list of requests and one request with its history. */
@Controller
@RequestMapping("/assessments/sessions")
class SessionRequestPageController {

    private final SessionRequestService requests;
    private final AssessmentService assessments;

    SessionRequestPageController(SessionRequestService requests, AssessmentService assessments) {
        this.requests = requests;
        this.assessments = assessments;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String after, Model model) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("requests", requests.list(CurrentActor.get(), unitId, new PageRequest(null, after, 50)));
        return "competency/sessions";
    }

    /** From the gap matrix; a refusal shows the matrix again with the message and nothing asked for. */
    @PostMapping
    String request(@RequestParam(required = false) Long matrixUnitId, @Valid @ModelAttribute("sessionForm") SessionRequestForm form,
                   BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        if (binding.hasErrors()) {
            model.addAttribute("violations", List.of(Violation.of(null, "sessions.error.choose")));
        } else {
            try {
                SessionRequest created = requests.request(actor, form);
                return "redirect:/assessments/sessions/" + created.id();
            } catch (InvalidInputException e) {
                model.addAttribute("violations", e.violations());
            }
        }
        model.addAttribute("matrix", assessments.matrix(actor, matrixUnitId, false));
        model.addAttribute("people", false);
        model.addAttribute("mayRequest", true);
        return "competency/matrix";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(CurrentActor.get(), id, model);
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            requests.cancel(actor, id, version);
            return "redirect:/assessments/sessions/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return page(actor, id, model);
    }

    private String page(Actor actor, long id, Model model) {
        model.addAttribute("request", requests.get(actor, id));
        model.addAttribute("history", requests.history(actor, id));
        return "competency/session";
    }
}
