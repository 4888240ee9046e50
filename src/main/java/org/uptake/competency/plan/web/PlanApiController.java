package org.uptake.competency.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.competency.plan.PlanItem;
import org.uptake.competency.plan.PlanItemForm;
import org.uptake.competency.plan.TrainingPlanService;
import org.uptake.shared.CurrentActor;

@Tag(name = "Training plans", description = "Individual training plans: seen by the person, their manager, coordinators and admins")
@RestController
class PlanApiController {

    private final TrainingPlanService plans;

    PlanApiController(TrainingPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/people/{personId}/training-plan")
    List<PlanItem> plan(@PathVariable long personId) {
        return plans.plan(CurrentActor.get(), personId);
    }

    @PostMapping("/api/v1/people/{personId}/training-plan")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a training need written by hand (manager, coordinator or admin)")
    PlanItem add(@PathVariable long personId, @Valid @RequestBody PlanItemForm form) {
        return plans.addManual(CurrentActor.get(), personId, form);
    }

    @PutMapping("/api/v1/training-plan-items/{id}")
    @Operation(summary = "Changes the need, due date, target level or the course that covers it")
    PlanItem update(@PathVariable long id, @Valid @RequestBody PlanItemForm form) {
        return plans.update(CurrentActor.get(), id, form);
    }

    @PostMapping("/api/v1/training-plan-items/{id}/complete")
    PlanItem complete(@PathVariable long id, @RequestParam int version) {
        return plans.complete(CurrentActor.get(), id, version);
    }

    @PostMapping("/api/v1/training-plan-items/{id}/cancel")
    PlanItem cancel(@PathVariable long id, @RequestParam int version) {
        return plans.cancel(CurrentActor.get(), id, version);
    }
}
