package org.uptake.program.plan.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.plan.PlanService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;

/** "My tasks" across every program, and the overdue tasks the actor may see. */
@Controller
@RequestMapping("/tasks")
class MyTasksPageController {

    private final PlanService plans;
    private final org.uptake.program.ProgramService programs;

    MyTasksPageController(PlanService plans, org.uptake.program.ProgramService programs) {
        this.plans = plans;
        this.programs = programs;
    }

    @GetMapping("/mine")
    String mine(@RequestParam(required = false) String after, Model model) {
        model.addAttribute("kind", "mine");
        model.addAttribute("page", plans.mine(CurrentActor.get(), new PageRequest(null, after, 50)));
        model.addAttribute("today", LocalDate.now());
        return "program/tasks";
    }

    @GetMapping("/overdue")
    String overdue(@RequestParam(required = false) Long programId, @RequestParam(required = false) String after, Model model) {
        model.addAttribute("kind", "overdue");
        model.addAttribute("programId", programId);
        model.addAttribute("programs", programs.list(CurrentActor.get(), null, PageRequest.first(200)).items());
        model.addAttribute("page", plans.overdue(CurrentActor.get(), programId, new PageRequest(null, after, 50)));
        model.addAttribute("today", LocalDate.now());
        return "program/tasks";
    }
}
