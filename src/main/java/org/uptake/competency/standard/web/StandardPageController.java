package org.uptake.competency.standard.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.competency.standard.MandatoryReason;
import org.uptake.competency.standard.MappingForm;
import org.uptake.competency.standard.MappingService;
import org.uptake.competency.standard.StandardService;
import org.uptake.org.position.PositionService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.web.FormErrors;

/** The standards pages: the list with the import form, one standard with its functions and mappings, the compliance matrix. */
@Controller
@RequestMapping("/competencies/standards")
class StandardPageController {

    private final StandardService standards;
    private final MappingService mappings;
    private final PositionService positions;

    StandardPageController(StandardService standards, MappingService mappings, PositionService positions) {
        this.standards = standards;
        this.mappings = mappings;
        this.positions = positions;
    }

    @GetMapping
    String list(Model model) {
        return listPage(CurrentActor.get(), model);
    }

    private String listPage(Actor actor, Model model) {
        model.addAttribute("standards", standards.list(actor));
        model.addAttribute("mayEdit", standards.mayEdit(actor));
        model.addAttribute("mayCompliance", mappings.mayReadCompliance(actor));
        return "competency/standards";
    }

    @PostMapping
    String importFile(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        Actor actor = CurrentActor.get();
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            return "redirect:/competencies/standards/" + standards.importFile(actor, bytes).id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return listPage(actor, model);
        }
    }

    @PostMapping("/sample")
    String importSample(Model model) {
        Actor actor = CurrentActor.get();
        try {
            return "redirect:/competencies/standards/" + standards.importSample(actor).id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return listPage(actor, model);
        }
    }

    /** The sample file itself, to show the format by example. */
    @GetMapping("/sample.xml")
    ResponseEntity<byte[]> sampleFile() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"fictional-sample-standard.xml\"")
                .body(StandardService.sampleBytes());
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("form", new MappingForm());
        return page(CurrentActor.get(), id, model);
    }

    @PostMapping("/{id}/mappings")
    String map(@PathVariable long id, @Valid @ModelAttribute("form") MappingForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            try {
                return "redirect:/competencies/standards/mappings/" + mappings.map(actor, id, form).id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return page(actor, id, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version) {
        standards.delete(CurrentActor.get(), id, version);
        return "redirect:/competencies/standards";
    }

    @GetMapping("/compliance")
    String compliance(Model model) {
        model.addAttribute("rows", mappings.compliance(CurrentActor.get()));
        return "competency/standards-compliance";
    }

    private String page(Actor actor, long id, Model model) {
        model.addAttribute("standard", standards.get(actor, id));
        model.addAttribute("functions", standards.functions(actor, id));
        model.addAttribute("mappings", mappings.forStandard(actor, id));
        model.addAttribute("mayEdit", standards.mayEdit(actor));
        model.addAttribute("positions", standards.mayEdit(actor) ? positions.all(actor) : List.of());
        model.addAttribute("reasons", MandatoryReason.values());
        model.addAttribute("history", standards.history(actor, id));
        return "competency/standard";
    }
}
