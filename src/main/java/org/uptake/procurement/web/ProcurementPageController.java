package org.uptake.procurement.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.approval.SignOffService;
import org.uptake.procurement.integration.Direction;
import org.uptake.procurement.integration.IntegrationForm;
import org.uptake.procurement.integration.IntegrationService;
import org.uptake.procurement.integration.IntegrationStatus;
import org.uptake.procurement.integration.Method;
import org.uptake.procurement.requirement.DocumentForm;
import org.uptake.procurement.requirement.Priority;
import org.uptake.procurement.requirement.RequirementForm;
import org.uptake.procurement.requirement.RequirementService;
import org.uptake.procurement.requirement.SystemDecision;
import org.uptake.procurement.requirement.SystemForm;
import org.uptake.procurement.requirement.SystemService;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;

/** The program's procurement tab: the requirements document with its systems and integrations, and the export. */
@Controller
@RequestMapping("/programs/{programId}/procurement")
class ProcurementPageController {

    private final ProgramService programs;
    private final RequirementService requirements;
    private final SystemService systems;
    private final IntegrationService integrations;
    private final ProcurementTabExtras extras;
    private final ExportDownload download;
    private final FormOutcome outcome;

    ProcurementPageController(ProgramService programs, RequirementService requirements, SystemService systems,
                              IntegrationService integrations, ProcurementTabExtras extras, ExportDownload download,
                              FormOutcome outcome) {
        this.programs = programs;
        this.requirements = requirements;
        this.systems = systems;
        this.integrations = integrations;
        this.extras = extras;
        this.download = download;
        this.outcome = outcome;
    }

    @GetMapping
    String tab(@PathVariable long programId, Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("document", requirements.document(actor, programId));
        model.addAttribute("requirements", requirements.all(actor, programId));
        model.addAttribute("systems", systems.all(actor, programId));
        model.addAttribute("integrations", integrations.all(actor, programId));
        model.addAttribute("today", SignOffService.today(actor));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("decisions", SystemDecision.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("methods", Method.values());
        model.addAttribute("integrationStatuses", IntegrationStatus.values());
        extras.addTo(actor, programId, model);
        return "procurement/tab";
    }

    @PostMapping("/document")
    String saveDocument(@PathVariable long programId, @ModelAttribute DocumentForm form, BindingResult binding,
                        RedirectAttributes flash) {
        return outcome.apply(flash, back(programId), form, binding, () -> {
            requirements.saveDocument(CurrentActor.get(), programId, form);
            return null;
        });
    }

    @PostMapping("/requirements")
    String addRequirement(@PathVariable long programId, @ModelAttribute RequirementForm form, BindingResult binding,
                          RedirectAttributes flash) {
        return outcome.apply(flash, back(programId), form, binding, () -> {
            requirements.create(CurrentActor.get(), programId, form);
            return null;
        });
    }

    @PostMapping("/systems")
    String addSystem(@PathVariable long programId, @ModelAttribute SystemForm form, BindingResult binding,
                     RedirectAttributes flash) {
        return outcome.apply(flash, back(programId), form, binding, () -> {
            systems.create(CurrentActor.get(), programId, form);
            return null;
        });
    }

    @PostMapping("/integrations")
    String addIntegration(@PathVariable long programId, @ModelAttribute IntegrationForm form, BindingResult binding,
                          RedirectAttributes flash) {
        return outcome.apply(flash, back(programId), form, binding, () -> {
            integrations.create(CurrentActor.get(), programId, form);
            return null;
        });
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable long programId, @RequestParam(defaultValue = "pdf") String format) {
        return download.send(CurrentActor.get(), programId, format);
    }

    static String back(long programId) {
        return "/programs/" + programId + "/procurement";
    }
}
