package org.uptake.program.gantt.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.baseline.BaselineService;
import org.uptake.program.gantt.GanttData;
import org.uptake.program.gantt.GanttService;
import org.uptake.program.gantt.TaskFilter;
import org.uptake.program.plan.PhaseSummary;
import org.uptake.program.plan.PlanService;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.PageRequest;

/**
 * The Gantt tab: the page with its filters and the data its script draws (frappe-gantt, vendored).
 * Dragging a bar moves the task through the plan's own rules; its successors shift and the chart redraws.
 * A plan of more than {@value #DRAW_ALL_LIMIT} tasks opens on one phase: drawing thousands of bars helps nobody.
 */
@Controller
@RequestMapping("/programs/{programId}")
class GanttPageController {

    static final int DRAW_ALL_LIMIT = 1500;

    private final ProgramService programs;
    private final GanttService gantt;
    private final PlanService plans;
    private final BaselineService baselines;
    private final TaskService tasks;
    private final MessageSource messages;

    GanttPageController(ProgramService programs, GanttService gantt, PlanService plans, BaselineService baselines,
                        TaskService tasks, MessageSource messages) {
        this.programs = programs;
        this.gantt = gantt;
        this.plans = plans;
        this.baselines = baselines;
        this.tasks = tasks;
        this.messages = messages;
    }

    @GetMapping("/gantt")
    String page(@PathVariable long programId, @RequestParam(required = false) Long phaseId,
                @RequestParam(required = false) Long ownerPersonId, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long baselineId,
                @RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "false") boolean critical,
                Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireReader(actor, programId);
        var phases = plans.phases(actor, programId);
        TaskFilter filter = new TaskFilter(phaseId, ownerPersonId, status, overdue);
        long taskCount = phases.stream().mapToLong(PhaseSummary::tasks).sum();
        boolean narrowed = false;
        if (filter.empty() && !all && !critical && taskCount > DRAW_ALL_LIMIT) {
            Long open = phases.stream().filter(p -> p.open() > 0).map(PhaseSummary::id).findFirst()
                    .orElse(phases.isEmpty() ? null : phases.getFirst().id());
            filter = new TaskFilter(open, null, null, false);
            narrowed = open != null;
        }
        var baselineList = baselines.list(actor, programId, PageRequest.first(50)).items();
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("phases", phases);
        model.addAttribute("owners", gantt.owners(actor, programId));
        model.addAttribute("filter", filter);
        model.addAttribute("narrowed", narrowed);
        model.addAttribute("taskCount", taskCount);
        model.addAttribute("baselines", baselineList);
        model.addAttribute("baselineId", baselineId);
        model.addAttribute("critical", critical);
        return "program/views/gantt";
    }

    @GetMapping(value = "/gantt.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    GanttData data(@PathVariable long programId, @RequestParam(required = false) Long phaseId,
                   @RequestParam(required = false) Long ownerPersonId, @RequestParam(required = false) String status,
                   @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long baselineId,
                   @RequestParam(defaultValue = "false") boolean critical) {
        return gantt.data(CurrentActor.get(), programId, new TaskFilter(phaseId, ownerPersonId, status, overdue), baselineId, critical);
    }

    /** Moves a task dragged on the chart; answers how many tasks shifted, or why the move was refused. */
    @PostMapping(value = "/gantt/tasks/{taskId}/move", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> move(@PathVariable long programId, @PathVariable long taskId,
                                             @RequestParam(required = false) LocalDate start, @RequestParam int version) {
        Actor actor = CurrentActor.get();
        Locale locale = LocaleContextHolder.getLocale();
        try {
            if (start == null) {
                throw new InvalidInputException("plannedStart", "gantt.error.start");
            }
            var moved = tasks.move(actor, programId, taskId, start, version);
            return ResponseEntity.ok(Map.of("start", moved.task().plannedStart().toString(), "shifted", moved.shifted().size(),
                    "message", messages.getMessage("gantt.moved", new Object[]{moved.shifted().size()}, locale)));
        } catch (InvalidInputException e) {
            var v = e.violations().getFirst();
            return ResponseEntity.badRequest().body(Map.of("message", messages.getMessage(v.code(), v.args().toArray(), v.code(), locale)));
        } catch (StaleVersionException e) {
            return ResponseEntity.status(409).body(Map.of("message", messages.getMessage("error.stale", null, locale)));
        }
    }
}
