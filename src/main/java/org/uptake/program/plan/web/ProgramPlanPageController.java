package org.uptake.program.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.plan.PhaseService;
import org.uptake.program.plan.PhaseStatus;
import org.uptake.program.plan.PhaseSummary;
import org.uptake.program.plan.PlanService;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * The plan tab: phases that unfold into their tasks when opened (htmx), task rows edited in place;
 * a saved change tells every unfolded phase to refresh, so moved successors show their new dates.
 */
@Controller
@RequestMapping("/programs/{programId}")
class ProgramPlanPageController {

    static final String PLAN_CHANGED = "planChanged";

    private final ProgramService programs;
    private final PlanService plans;
    private final PhaseService phases;
    private final TaskService tasks;

    ProgramPlanPageController(ProgramService programs, PlanService plans, PhaseService phases, TaskService tasks) {
        this.programs = programs;
        this.plans = plans;
        this.phases = phases;
        this.tasks = tasks;
    }

    @GetMapping("/plan")
    String plan(@PathVariable long programId, Model model) {
        planModel(CurrentActor.get(), programId, model);
        return "program/plan";
    }

    private void planModel(Actor actor, long programId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        List<PhaseSummary> summaries = plans.phases(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("phases", summaries);
        model.addAttribute("today", LocalDate.now());
        Long open = summaries.stream().filter(p -> p.status() != PhaseStatus.ACCEPTED && p.tasks() > 0)
                .map(PhaseSummary::id).findFirst().orElse(null);
        model.addAttribute("openPhaseId", open);
        if (open != null) {
            model.addAttribute("openRows", plans.tasksOf(actor, programId, open));
        }
        model.addAttribute("loose", plans.tasksOf(actor, programId, null));
    }

    /** The task rows of one phase: fetched when the phase is first opened and again whenever the plan changes. */
    @GetMapping("/plan/phases/{phaseId}")
    String phaseRows(@PathVariable long programId, @PathVariable long phaseId, Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireReader(actor, programId);
        phases.get(actor, programId, phaseId);
        model.addAttribute("access", access);
        model.addAttribute("programId", programId);
        model.addAttribute("phaseId", phaseId);
        model.addAttribute("rows", plans.tasksOf(actor, programId, phaseId));
        model.addAttribute("today", LocalDate.now());
        return "program/plan-rows :: body";
    }

    /** Tasks matching what the user types, for choosing a predecessor. */
    @GetMapping("/plan/picker")
    String picker(@PathVariable long programId, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", plans.search(CurrentActor.get(), programId, new org.uptake.shared.paging.PageRequest(q, null, 20)));
        return "program/plan-rows :: picker";
    }

    /** A phase opened for the first time: its tasks, the form to add one and the acceptance. */
    @GetMapping("/plan/phases/{phaseId}/body")
    String phaseBody(@PathVariable long programId, @PathVariable long phaseId, Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("access", access);
        model.addAttribute("programId", programId);
        model.addAttribute("ph", plans.phase(actor, programId, phaseId));
        model.addAttribute("rows", plans.tasksOf(actor, programId, phaseId));
        model.addAttribute("today", LocalDate.now());
        return "program/plan-rows :: phase";
    }

    @GetMapping("/tasks/{taskId}/row")
    String row(@PathVariable long programId, @PathVariable long taskId, Model model) {
        return rowModel(CurrentActor.get(), programId, taskId, model, "program/plan-rows :: row");
    }

    @GetMapping("/tasks/{taskId}/row/edit")
    String editRow(@PathVariable long programId, @PathVariable long taskId, Model model) {
        Actor actor = CurrentActor.get();
        programs.requireEditor(actor, programId);
        return rowModel(actor, programId, taskId, model, "program/plan-rows :: edit");
    }

    /** Saves an inline edit (title, start, duration, due date); a refused one shows the edit row again with the reasons. */
    @PostMapping("/tasks/{taskId}/row")
    String saveRow(@PathVariable long programId, @PathVariable long taskId, @RequestParam String title,
                   @RequestParam(required = false) LocalDate plannedStart, @RequestParam(required = false) Integer durationDays,
                   @RequestParam(required = false) LocalDate dueDate, @RequestParam int version, Model model,
                   HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        var task = tasks.get(actor, programId, taskId);
        TaskForm form = TaskForm.of(task);
        form.setTitle(title);
        form.setPlannedStart(plannedStart);
        form.setDurationDays(durationDays);
        form.setDueDate(dueDate);
        form.setVersion(version);
        try {
            tasks.update(actor, programId, taskId, form);
            response.setHeader("HX-Trigger", PLAN_CHANGED);
            return rowModel(actor, programId, taskId, model, "program/plan-rows :: row");
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return rowModel(actor, programId, taskId, model, "program/plan-rows :: edit");
    }

    private String rowModel(Actor actor, long programId, long taskId, Model model, String view) {
        ProgramAccess access = programs.access(actor, programId);
        var rows = plans.rows(actor, programId, List.of(taskId));
        if (rows.isEmpty()) {
            throw new org.uptake.shared.error.NotFoundException(TaskService.ENTITY, taskId);
        }
        model.addAttribute("access", access);
        model.addAttribute("programId", programId);
        model.addAttribute("t", rows.getFirst());
        model.addAttribute("today", LocalDate.now());
        return view;
    }

    /** Adds a task to a phase from the plan page. */
    @PostMapping("/plan/tasks")
    String addTask(@PathVariable long programId, @RequestParam(required = false) Long phaseId, @RequestParam String title,
                   @RequestParam(required = false) LocalDate plannedStart, @RequestParam(required = false) Integer durationDays,
                   Model model) {
        Actor actor = CurrentActor.get();
        var form = new TaskForm();
        form.setTitle(title);
        form.setPhaseId(phaseId);
        form.setPlannedStart(plannedStart);
        form.setDurationDays(durationDays);
        try {
            if (title == null || title.isBlank()) {
                throw new InvalidInputException("title", "NotBlank");
            }
            var created = tasks.create(actor, programId, form);
            return "redirect:/programs/" + programId + "/tasks/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        planModel(actor, programId, model);
        return "program/plan";
    }

    @PostMapping("/phases/{phaseId}/accept")
    String accept(@PathVariable long programId, @PathVariable long phaseId, @RequestParam(required = false) String note,
                  @RequestParam(defaultValue = "false") boolean gateConfirmed, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            phases.requestAcceptance(actor, programId, phaseId, note, gateConfirmed, version);
            return "redirect:/programs/" + programId + "/plan";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        planModel(actor, programId, model);
        return "program/plan";
    }
}
