package org.uptake.process.strategy.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.uptake.process.strategy.StrategyForm;
import org.uptake.process.strategy.StrategyRevision;
import org.uptake.process.strategy.StrategyService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.web.FormErrors;

@Controller
@RequestMapping("/processes/strategy")
class StrategyPageController {

    private final StrategyService strategies;

    StrategyPageController(StrategyService strategies) {
        this.strategies = strategies;
    }

    @GetMapping
    String show(Model model) {
        Actor actor = CurrentActor.get();
        StrategyRevision current = strategies.current(actor).orElse(null);
        return page(actor, current, StrategyForm.of(current), model, current == null);
    }

    @GetMapping("/{revision}")
    String revision(@PathVariable int revision, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("shown", strategies.revision(actor, revision));
        model.addAttribute("history", strategies.history(actor));
        return "process/strategy-revision";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") StrategyForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        actor.require("write the strategy", org.uptake.shared.Role.ADMIN, org.uptake.shared.Role.COORDINATOR);
        if (!binding.hasErrors()) {
            try {
                strategies.save(actor, form);
                return "redirect:/processes/strategy";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return page(actor, strategies.current(actor).orElse(null), form, model, true);
    }

    private String page(Actor actor, StrategyRevision current, StrategyForm form, Model model, boolean formOpen) {
        model.addAttribute("formOpen", formOpen);
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        model.addAttribute("mayEdit", strategies.mayEdit(actor));
        model.addAttribute("history", strategies.history(actor));
        return "process/strategy";
    }
}
