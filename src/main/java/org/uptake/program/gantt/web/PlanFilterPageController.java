package org.uptake.program.gantt.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.gantt.GanttService;
import org.uptake.program.gantt.TaskFilter;
import org.uptake.program.gantt.TaskListService;
import org.uptake.program.plan.PlanService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;

/** The plan filtered by phase, owner, status and overdue, as a list (the plan tab's filter bar leads here). */
@Controller
@RequestMapping("/programs/{programId}/plan/filter")
class PlanFilterPageController {

    private final ProgramService programs;
    private final PlanService plans;
    private final GanttService gantt;
    private final TaskListService list;

    PlanFilterPageController(ProgramService programs, PlanService plans, GanttService gantt, TaskListService list) {
        this.programs = programs;
        this.plans = plans;
        this.gantt = gantt;
        this.list = list;
    }

    @GetMapping
    String filtered(@PathVariable long programId, @RequestParam(required = false) Long phaseId,
                    @RequestParam(required = false) Long ownerPersonId, @RequestParam(required = false) String status,
                    @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String after,
                    Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireReader(actor, programId);
        TaskFilter filter = new TaskFilter(phaseId, ownerPersonId, status, overdue);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("phases", plans.phases(actor, programId));
        model.addAttribute("owners", gantt.owners(actor, programId));
        model.addAttribute("filter", filter);
        model.addAttribute("page", list.list(actor, programId, filter, new PageRequest(null, after, 100)));
        model.addAttribute("today", LocalDate.now());
        return "program/views/plan-filter";
    }
}
