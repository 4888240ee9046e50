package org.uptake.program.gantt.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.program.gantt.GanttData;
import org.uptake.program.gantt.GanttService;
import org.uptake.program.gantt.PlanRow;
import org.uptake.program.gantt.TaskFilter;
import org.uptake.program.gantt.TaskListService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Gantt", description = "A program's plan in time: bars, finish-to-start links, critical path, baseline dates; filtered lists")
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class GanttApiController {

    private final GanttService gantt;
    private final TaskListService list;

    GanttApiController(GanttService gantt, TaskListService list) {
        this.gantt = gantt;
        this.list = list;
    }

    @GetMapping("/gantt")
    @Operation(summary = "The Gantt chart's data: tasks in plan order with predecessors, slack in working days and the critical "
            + "path (computed on the whole plan), overdue flags and, with baselineId, the baseline's dates. Filters: phaseId, "
            + "ownerPersonId, status (OPEN, NOT_STARTED, IN_PROGRESS, DONE, CANCELLED), overdue, critical (only the critical path)")
    GanttData gantt(@PathVariable long programId, @RequestParam(required = false) Long phaseId,
                    @RequestParam(required = false) Long ownerPersonId, @RequestParam(required = false) String status,
                    @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long baselineId,
                    @RequestParam(defaultValue = "false") boolean critical) {
        return gantt.data(CurrentActor.get(), programId, new TaskFilter(phaseId, ownerPersonId, status, overdue), baselineId, critical);
    }

    @GetMapping("/plan/tasks")
    @Operation(summary = "The plan's tasks filtered by phase, owner, status and overdue, by start date; follow `next`")
    Slice<PlanRow> tasks(@PathVariable long programId, @RequestParam(required = false) Long phaseId,
                         @RequestParam(required = false) Long ownerPersonId, @RequestParam(required = false) String status,
                         @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String after,
                         @RequestParam(defaultValue = "50") int size) {
        return list.list(CurrentActor.get(), programId, new TaskFilter(phaseId, ownerPersonId, status, overdue),
                new PageRequest(null, after, size));
    }
}
