package org.uptake.report.closure.web;

import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.report.closure.HandoverForm;
import org.uptake.report.closure.HandoverService;
import org.uptake.report.closure.HandoverView;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.report.PageChanges;
import org.uptake.shared.audit.AuditLog;

/** The handover page: what the line owner takes over, the form, the acceptance request and the history. */
@Controller
@RequestMapping("/programs/{programId}/handover")
class HandoverPageController {

    private final ProgramService programs;
    private final HandoverService handovers;
    private final AuditLog audit;

    HandoverPageController(ProgramService programs, HandoverService handovers, AuditLog audit) {
        this.programs = programs;
        this.handovers = handovers;
        this.audit = audit;
    }

    @GetMapping
    String show(@PathVariable long programId, Model model) {
        return page(CurrentActor.get(), programId, model);
    }

    private String page(Actor actor, long programId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        HandoverView view = handovers.view(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("view", view);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", HandoverForm.of(view.handover()));
        }
        model.addAttribute("history", audit.history(actor.organizationId(), HandoverService.ENTITY, programId, 50));
        return "report/closure/handover";
    }

    @PostMapping
    String save(@PathVariable long programId, HandoverForm form, Model model) {
        model.addAttribute("form", form);
        return change(programId, model, a -> handovers.update(a, programId, form));
    }

    @PostMapping("/sign-off")
    String send(@PathVariable long programId, @RequestParam int version, Model model) {
        return change(programId, model, a -> handovers.sendForAcceptance(a, programId, version));
    }

    private String change(long programId, Model model, Consumer<Actor> change) {
        Actor actor = CurrentActor.get();
        return PageChanges.apply(model, () -> change.accept(actor), "/programs/" + programId + "/handover",
                () -> page(actor, programId, model));
    }
}
