package org.uptake.process.spec.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.spec.ProvisionalRoleService;
import org.uptake.process.spec.SpecificationService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/** The catalog checked as a whole, and resolving provisional executor roles to positions. */
@Controller
class ChecksPageController {

    private final SpecificationService specs;
    private final ProvisionalRoleService roles;
    private final ProcessService processes;

    ChecksPageController(SpecificationService specs, ProvisionalRoleService roles, ProcessService processes) {
        this.specs = specs;
        this.roles = roles;
        this.processes = processes;
    }

    @GetMapping("/processes/checks")
    String checks(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("checks", specs.catalogChecks(actor));
        model.addAttribute("mayShape", processes.mayShape(actor));
        return "process/checks";
    }

    @PostMapping("/processes/checks/resolve")
    String resolve(@RequestParam String role, @RequestParam(required = false) Long positionId, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        processes.requireArchitect(actor);
        try {
            if (positionId == null) {
                throw new InvalidInputException("positionId", "process.error.executorRequired");
            }
            int changed = roles.resolve(actor, role, positionId);
            redirect.addFlashAttribute("resolved", changed);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("violations", e.violations());
        }
        return "redirect:/processes/checks";
    }
}
