package org.uptake.process.spec.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.process.spec.SpecificationEditService;
import org.uptake.process.spec.SpecificationForms;

/** The sections of a process's page after the indicators: resources, suppliers and executors. */
@Controller
@RequestMapping("/processes/{id}")
class SupplyPageController {

    private final SpecificationEditService edits;
    private final SpecificationPage responses;

    SupplyPageController(SpecificationEditService edits, SpecificationPage responses) {
        this.edits = edits;
        this.responses = responses;
    }

    @PostMapping("/resources")
    String addResource(@PathVariable long id, @Valid @ModelAttribute("draft") SpecificationForms.Resource f, BindingResult b,
                       Model model, HttpServletRequest r) {
        return responses.apply(id, "resources", null, b, a -> edits.addResource(a, id, f), model, r);
    }

    @PostMapping("/resources/{partId}")
    String updateResource(@PathVariable long id, @PathVariable long partId,
                          @Valid @ModelAttribute("draft") SpecificationForms.Resource f, BindingResult b, Model model,
                          HttpServletRequest r) {
        return responses.apply(id, "resources", "resource-" + partId, b, a -> edits.updateResource(a, id, partId, f), model, r);
    }

    @PostMapping("/resources/{partId}/delete")
    String removeResource(@PathVariable long id, @PathVariable long partId, @RequestParam int version, Model model,
                          HttpServletRequest r) {
        return responses.apply(id, "resources", null, null, a -> edits.removeResource(a, id, partId, version), model, r);
    }

    @PostMapping("/suppliers")
    String addSupplier(@PathVariable long id, @Valid @ModelAttribute("draft") SpecificationForms.Supplier f, BindingResult b,
                       Model model, HttpServletRequest r) {
        return responses.apply(id, "suppliers", null, b, a -> edits.addSupplier(a, id, f), model, r);
    }

    @PostMapping("/suppliers/{partId}")
    String updateSupplier(@PathVariable long id, @PathVariable long partId,
                          @Valid @ModelAttribute("draft") SpecificationForms.Supplier f, BindingResult b, Model model,
                          HttpServletRequest r) {
        return responses.apply(id, "suppliers", "supplier-" + partId, b, a -> edits.updateSupplier(a, id, partId, f), model, r);
    }

    @PostMapping("/suppliers/{partId}/delete")
    String removeSupplier(@PathVariable long id, @PathVariable long partId, @RequestParam int version, Model model,
                          HttpServletRequest r) {
        return responses.apply(id, "suppliers", null, null, a -> edits.removeSupplier(a, id, partId, version), model, r);
    }

    @PostMapping("/executors")
    String addExecutor(@PathVariable long id, @Valid @ModelAttribute("draft") SpecificationForms.Executor f, BindingResult b,
                       Model model, HttpServletRequest r) {
        return responses.apply(id, "executors", null, b, a -> edits.addExecutor(a, id, f), model, r);
    }

    @PostMapping("/executors/{partId}")
    String updateExecutor(@PathVariable long id, @PathVariable long partId,
                          @Valid @ModelAttribute("draft") SpecificationForms.Executor f, BindingResult b, Model model,
                          HttpServletRequest r) {
        return responses.apply(id, "executors", "executor-" + partId, b, a -> edits.updateExecutor(a, id, partId, f), model, r);
    }

    @PostMapping("/executors/{partId}/delete")
    String removeExecutor(@PathVariable long id, @PathVariable long partId, @RequestParam int version, Model model,
                          HttpServletRequest r) {
        return responses.apply(id, "executors", null, null, a -> edits.removeExecutor(a, id, partId, version), model, r);
    }
}
