package org.uptake.program.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.program.plan.PlanService;
import org.uptake.program.plan.TaskRow;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Plan")
@RestController
@RequestMapping("/api/v1/tasks")
class MyTasksApiController {

    private final PlanService plans;

    MyTasksApiController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/mine")
    @Operation(summary = "My open tasks across programs, soonest deadline first")
    Slice<TaskRow> mine(@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return plans.mine(CurrentActor.get(), new PageRequest(null, after, size));
    }

    @GetMapping("/overdue")
    @Operation(summary = "Open tasks past their deadline that I may see (optionally of one program)")
    Slice<TaskRow> overdue(@RequestParam(required = false) Long programId, @RequestParam(required = false) String after,
                           @RequestParam(defaultValue = "50") int size) {
        return plans.overdue(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }
}
