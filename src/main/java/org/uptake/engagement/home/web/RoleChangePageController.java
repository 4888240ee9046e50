package org.uptake.engagement.home.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.engagement.home.RoleChangeForm;
import org.uptake.engagement.home.RoleChangeService;
import org.uptake.org.position.PositionService;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.rollout.wave.web.PageAttempts;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Languages;

/** The coordinators' editor of "what changes for each role": a text per position and language, published in versions. */
@Controller
@RequestMapping("/programs/{programId}/role-changes")
class RoleChangePageController {

    private final RoleChangeService changes;
    private final ProgramService programs;
    private final PositionService positions;

    RoleChangePageController(RoleChangeService changes, ProgramService programs, PositionService positions) {
        this.changes = changes;
        this.programs = programs;
        this.positions = positions;
    }

    @GetMapping
    String list(@PathVariable long programId, @RequestParam(required = false) Long edit, Model model) {
        Actor actor = CurrentActor.get();
        return page(actor, programId, edit, model);
    }

    private String page(Actor actor, long programId, Long edit, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("changes", changes.list(actor, programId));
        model.addAttribute("editing", edit == null ? null : changes.get(actor, programId, edit));
        model.addAttribute("versions", edit == null ? null : changes.versions(actor, programId, edit));
        if (access.edits()) {
            model.addAttribute("positions", positions.all(actor));
            model.addAttribute("languageChoices", Languages.SUPPORTED);
        }
        return "engagement/role-changes";
    }

    @PostMapping
    String save(@PathVariable long programId, @RequestParam(required = false) Long positionId,
                @RequestParam(required = false) String language, @RequestParam(required = false) String text,
                @RequestParam(defaultValue = "0") int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            var saved = changes.save(actor, programId, new RoleChangeForm(positionId, language, text, version));
            return "redirect:/programs/" + programId + "/role-changes?edit=" + saved.id();
        }, () -> page(actor, programId, null, model), model, response);
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long programId, @PathVariable long id, @RequestParam int version, Model model,
                   HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            changes.publish(actor, programId, id, version);
            return "redirect:/programs/" + programId + "/role-changes?edit=" + id;
        }, () -> page(actor, programId, id, model), model, response);
    }
}
