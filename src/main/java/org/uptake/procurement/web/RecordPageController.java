package org.uptake.procurement.web;

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
import org.uptake.shared.audit.AuditLog;

/** The page of one requirement, existing system or integration: its facts, the edit form, deletion and history. */
@Controller
@RequestMapping("/programs/{programId}/procurement")
class RecordPageController {

    private final ProgramService programs;
    private final RequirementService requirements;
    private final SystemService systems;
    private final IntegrationService integrations;
    private final AuditLog audit;
    private final FormOutcome outcome;

    RecordPageController(ProgramService programs, RequirementService requirements, SystemService systems,
                         IntegrationService integrations, AuditLog audit, FormOutcome outcome) {
        this.programs = programs;
        this.requirements = requirements;
        this.systems = systems;
        this.integrations = integrations;
        this.audit = audit;
        this.outcome = outcome;
    }

    private Actor page(long programId, String entity, long id, Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("history", audit.history(actor.organizationId(), entity, id, 50));
        return actor;
    }

    @GetMapping("/requirements/{id}")
    String requirement(@PathVariable long programId, @PathVariable long id, Model model) {
        Actor actor = page(programId, RequirementService.ENTITY, id, model);
        model.addAttribute("requirement", requirements.get(actor, programId, id));
        model.addAttribute("priorities", Priority.values());
        return "procurement/requirement";
    }

    @PostMapping("/requirements/{id}")
    String updateRequirement(@PathVariable long programId, @PathVariable long id, @ModelAttribute RequirementForm form,
                             BindingResult binding, RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, "requirements", id), form, binding, () -> {
            requirements.update(CurrentActor.get(), programId, id, form);
            return null;
        });
    }

    @PostMapping("/requirements/{id}/processes")
    String linkProcess(@PathVariable long programId, @PathVariable long id, @RequestParam(required = false) Long processId,
                       @RequestParam int version, RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, "requirements", id), null, null, () -> {
            requirements.linkProcess(CurrentActor.get(), programId, id, processId, version);
            return null;
        });
    }

    @PostMapping("/requirements/{id}/delete")
    String deleteRequirement(@PathVariable long programId, @PathVariable long id, @RequestParam int version,
                             RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, "requirements", id), null, null, () -> {
            requirements.delete(CurrentActor.get(), programId, id, version);
            return ProcurementPageController.back(programId);
        });
    }

    @GetMapping("/systems/{id}")
    String system(@PathVariable long programId, @PathVariable long id, Model model) {
        Actor actor = page(programId, SystemService.ENTITY, id, model);
        model.addAttribute("system", systems.get(actor, programId, id));
        model.addAttribute("decisions", SystemDecision.values());
        return "procurement/system";
    }

    @PostMapping("/systems/{id}")
    String updateSystem(@PathVariable long programId, @PathVariable long id, @ModelAttribute SystemForm form,
                        BindingResult binding, RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, "systems", id), form, binding, () -> {
            systems.update(CurrentActor.get(), programId, id, form);
            return null;
        });
    }

    @PostMapping("/systems/{id}/delete")
    String deleteSystem(@PathVariable long programId, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, "systems", id), null, null, () -> {
            systems.delete(CurrentActor.get(), programId, id, version);
            return ProcurementPageController.back(programId);
        });
    }

    @GetMapping("/integrations/{id}")
    String integration(@PathVariable long programId, @PathVariable long id, Model model) {
        Actor actor = page(programId, IntegrationService.ENTITY, id, model);
        model.addAttribute("integration", integrations.get(actor, programId, id));
        model.addAttribute("today", SignOffService.today(actor));
        model.addAttribute("directions", Direction.values());
        model.addAttribute("methods", Method.values());
        model.addAttribute("integrationStatuses", IntegrationStatus.values());
        return "procurement/integration";
    }

    @PostMapping("/integrations/{id}")
    String updateIntegration(@PathVariable long programId, @PathVariable long id, @ModelAttribute IntegrationForm form,
                             BindingResult binding, RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, "integrations", id), form, binding, () -> {
            integrations.update(CurrentActor.get(), programId, id, form);
            return null;
        });
    }

    @PostMapping("/integrations/{id}/verified")
    String verified(@PathVariable long programId, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, "integrations", id), null, null, () -> {
            integrations.verified(CurrentActor.get(), programId, id, version);
            return null;
        });
    }

    @PostMapping("/integrations/{id}/delete")
    String deleteIntegration(@PathVariable long programId, @PathVariable long id, @RequestParam int version,
                             RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, "integrations", id), null, null, () -> {
            integrations.delete(CurrentActor.get(), programId, id, version);
            return ProcurementPageController.back(programId);
        });
    }

    private static String here(long programId, String kind, long id) {
        return ProcurementPageController.back(programId) + "/" + kind + "/" + id;
    }
}
