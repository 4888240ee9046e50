package org.uptake.rollout.checklist.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramTeamService;
import org.uptake.rollout.checklist.ChecklistService;
import org.uptake.rollout.checklist.TemplateItem;
import org.uptake.rollout.wave.web.PageAttempts;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;

/** A checklist template item's page: its edit form (title, default owner, days before go-live) and its history. */
@Controller
@RequestMapping("/programs/{programId}/rollout/checklist-template/{itemId}")
class TemplateItemPageController {

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final ChecklistService checklists;
    private final AuditLog audit;

    TemplateItemPageController(ProgramService programs, ProgramTeamService team, ChecklistService checklists, AuditLog audit) {
        this.programs = programs;
        this.team = team;
        this.checklists = checklists;
        this.audit = audit;
    }

    @GetMapping
    String item(@PathVariable long programId, @PathVariable long itemId, Model model) {
        return page(CurrentActor.get(), programId, itemId, model);
    }

    private String page(Actor actor, long programId, long itemId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("t", checklists.templateItem(actor, programId, itemId));
        model.addAttribute("members", team.members(actor, programId));
        model.addAttribute("history", audit.history(actor.organizationId(), ChecklistService.TEMPLATE_ITEM, itemId, 50));
        return "rollout/checklist-template-item";
    }

    /** Saves the item at the version shown; the units' open items follow the new title and due date. */
    @PostMapping
    String update(@PathVariable long programId, @PathVariable long itemId, @RequestParam(required = false) String title,
                  @RequestParam(required = false) Long ownerPersonId, @RequestParam(required = false) Integer dueDaysBefore,
                  @RequestParam int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            TemplateItem item = checklists.templateItem(actor, programId, itemId);
            checklists.updateTemplateItem(actor, programId, itemId,
                    ChecklistPageController.form(item.category(), title, ownerPersonId, dueDaysBefore, version));
            return "redirect:/programs/" + programId + "/rollout/checklist-template/" + itemId;
        }, () -> page(actor, programId, itemId, model), model, response);
    }
}
