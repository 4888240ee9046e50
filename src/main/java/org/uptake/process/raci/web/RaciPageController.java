package org.uptake.process.raci.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.process.catalog.ProcessFilter;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.raci.RaciForm;
import org.uptake.process.raci.RaciService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;

@Controller
@RequestMapping("/processes/raci")
class RaciPageController {

    private final RaciService raci;
    private final ProcessService processes;

    RaciPageController(RaciService raci, ProcessService processes) {
        this.raci = raci;
        this.processes = processes;
    }

    @GetMapping
    String matrix(@RequestParam(required = false) Long rootId, @RequestParam(defaultValue = "0") int columns, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("matrix", raci.matrix(actor, rootId, columns));
        model.addAttribute("roots", processes.list(actor, new ProcessFilter(1, null, null), PageRequest.first(200)).items());
        return "process/raci";
    }

    /** Sets a cell; htmx gets the refreshed matrix, a plain form comes back to the page. */
    @PostMapping
    String set(@Valid @ModelAttribute RaciForm form, BindingResult binding, @RequestParam(required = false) Long rootId,
               Model model, HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        if (binding.hasErrors()) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.invalid")));
        } else {
            try {
                raci.set(actor, form);
                if (request.getHeader("HX-Request") == null) {
                    return "redirect:/processes/raci" + (rootId == null ? "" : "?rootId=" + rootId);
                }
            } catch (InvalidInputException e) {
                model.addAttribute("violations", e.violations());
            }
        }
        model.addAttribute("matrix", raci.matrix(actor, rootId));
        model.addAttribute("roots", processes.list(actor, new ProcessFilter(1, null, null), PageRequest.first(200)).items());
        return request.getHeader("HX-Request") != null ? "process/raci :: table" : "process/raci";
    }
}
