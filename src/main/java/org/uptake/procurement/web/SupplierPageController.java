package org.uptake.procurement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.approval.SignOffService;
import org.uptake.procurement.supplier.AcceptanceForm;
import org.uptake.procurement.supplier.DeliveryForm;
import org.uptake.procurement.supplier.KickoffForm;
import org.uptake.procurement.supplier.MeetingForm;
import org.uptake.procurement.supplier.StageAcceptance;
import org.uptake.procurement.supplier.SupplierForm;
import org.uptake.procurement.supplier.SupplierKind;
import org.uptake.procurement.supplier.SupplierService;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.paging.PageRequest;

/** A vendor's or integrator's page: kick-off, status meetings, delivered stages and their acceptance, history. */
@Controller
@RequestMapping("/programs/{programId}/procurement/suppliers")
class SupplierPageController {

    private final ProgramService programs;
    private final SupplierService suppliers;
    private final StageAcceptance acceptance;
    private final AuditLog audit;
    private final FormOutcome outcome;

    SupplierPageController(ProgramService programs, SupplierService suppliers, StageAcceptance acceptance, AuditLog audit,
                           FormOutcome outcome) {
        this.programs = programs;
        this.suppliers = suppliers;
        this.acceptance = acceptance;
        this.audit = audit;
        this.outcome = outcome;
    }

    @PostMapping
    String create(@PathVariable long programId, @ModelAttribute SupplierForm form, BindingResult binding, RedirectAttributes flash) {
        return outcome.apply(flash, ProcurementPageController.back(programId), form, binding,
                () -> here(programId, suppliers.create(CurrentActor.get(), programId, form).id()));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long programId, @PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("supplier", suppliers.get(actor, programId, id));
        model.addAttribute("kickoff", suppliers.kickoff(actor, programId, id).orElse(null));
        model.addAttribute("meetings", suppliers.meetings(actor, programId, id, PageRequest.first(100)).items());
        model.addAttribute("stages", suppliers.deliveries(actor, programId, id));
        model.addAttribute("kinds", SupplierKind.values());
        model.addAttribute("today", SignOffService.today(actor));
        model.addAttribute("history", audit.history(actor.organizationId(), SupplierService.ENTITY, id, 50));
        return "procurement/supplier";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long programId, @PathVariable long id, @ModelAttribute SupplierForm form, BindingResult binding,
                  RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, id), form, binding, () -> {
            suppliers.update(CurrentActor.get(), programId, id, form);
            return null;
        });
    }

    @PostMapping("/{id}/kickoff")
    String kickoff(@PathVariable long programId, @PathVariable long id, @ModelAttribute KickoffForm form, BindingResult binding,
                   RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, id), form, binding, () -> {
            suppliers.saveKickoff(CurrentActor.get(), programId, id, form);
            return null;
        });
    }

    @PostMapping("/{id}/meetings")
    String meeting(@PathVariable long programId, @PathVariable long id, @ModelAttribute MeetingForm form, BindingResult binding,
                   RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, id), form, binding, () -> {
            suppliers.addMeeting(CurrentActor.get(), programId, id, form);
            return null;
        });
    }

    @PostMapping("/{id}/stages")
    String stage(@PathVariable long programId, @PathVariable long id, @ModelAttribute DeliveryForm form, BindingResult binding,
                 RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, id), form, binding, () -> {
            suppliers.addDelivery(CurrentActor.get(), programId, id, form);
            return null;
        });
    }

    @PostMapping("/{id}/stages/{stageId}/acceptance")
    String accept(@PathVariable long programId, @PathVariable long id, @PathVariable long stageId,
                  @ModelAttribute AcceptanceForm form, BindingResult binding, RedirectAttributes flash) {
        return outcome.apply(flash, here(programId, id), form, binding, () -> {
            acceptance.request(CurrentActor.get(), programId, id, stageId, form);
            return null;
        });
    }

    private static String here(long programId, long id) {
        return ProcurementPageController.back(programId) + "/suppliers/" + id;
    }
}
