package org.uptake.report.wheel.web;

import java.time.LocalDate;
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
import org.uptake.report.wheel.WheelForm;
import org.uptake.report.wheel.WheelKind;
import org.uptake.report.wheel.WheelService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.report.PageChanges;
import org.uptake.shared.audit.AuditLog;

/** The annual wheel of a program: the activities by month, adding and removing them, creating the coming year's tasks. */
@Controller
@RequestMapping("/programs/{programId}/wheel")
class WheelPageController {

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final WheelService wheel;
    private final AuditLog audit;

    WheelPageController(ProgramService programs, ProgramTeamService team, WheelService wheel, AuditLog audit) {
        this.programs = programs;
        this.team = team;
        this.wheel = wheel;
        this.audit = audit;
    }

    @GetMapping
    String show(@PathVariable long programId, Model model) {
        return page(CurrentActor.get(), programId, model);
    }

    private String page(Actor actor, long programId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("activities", wheel.list(actor, programId));
        model.addAttribute("scheduled", wheel.scheduled(actor, programId));
        model.addAttribute("edits", wheel.edits(actor, programId));
        model.addAttribute("kinds", WheelKind.values());
        model.addAttribute("members", team.members(actor, programId).stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.personId(), m -> m.personName(), (a, b) -> a,
                        java.util.LinkedHashMap::new)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new WheelForm());
        }
        model.addAttribute("history", audit.history(actor.organizationId(), WheelService.ENTITY, programId, 50));
        return "report/closure/wheel";
    }

    @PostMapping
    String add(@PathVariable long programId, WheelForm form, Model model) {
        model.addAttribute("form", form);
        return change(programId, model, () -> wheel.add(CurrentActor.get(), programId, form));
    }

    @PostMapping("/{activityId}/delete")
    String delete(@PathVariable long programId, @PathVariable long activityId, @RequestParam int version, Model model) {
        return change(programId, model, () -> wheel.delete(CurrentActor.get(), programId, activityId, version));
    }

    @PostMapping("/tasks")
    String tasks(@PathVariable long programId, Model model) {
        return change(programId, model, () -> wheel.createTasks(CurrentActor.get(), programId, LocalDate.now()));
    }

    private String change(long programId, Model model, Runnable change) {
        return PageChanges.apply(model, change, "/programs/" + programId + "/wheel", () -> page(CurrentActor.get(), programId, model));
    }
}
