package org.uptake.process.spec.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.process.spec.SpecificationService;
import org.uptake.shared.CurrentActor;

/** The picker for "this resource is a result of another process" (supplier → client relations). */
@Controller
class ResultPickerController {

    private final SpecificationService specs;

    ResultPickerController(SpecificationService specs) {
        this.specs = specs;
    }

    @GetMapping("/processes/result-picker")
    String results(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", specs.findResults(CurrentActor.get(), q));
        return "process/picker :: results";
    }
}
