package org.uptake.report.wheel.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.report.wheel.WheelActivity;
import org.uptake.report.wheel.WheelForm;
import org.uptake.report.wheel.WheelService;
import org.uptake.shared.CurrentActor;

@Tag(name = "Annual wheel", description = "Recurring follow-up activities after the handover and the plan tasks they create")
@RestController
@RequestMapping("/api/v1/programs/{programId}/wheel")
class WheelApiController {

    private final WheelService wheel;

    WheelApiController(WheelService wheel) {
        this.wheel = wheel;
    }

    @GetMapping
    List<WheelActivity> list(@PathVariable long programId) {
        return wheel.list(CurrentActor.get(), programId);
    }

    @PostMapping
    ResponseEntity<WheelActivity> add(@PathVariable long programId, @RequestBody WheelForm form) {
        WheelActivity a = wheel.add(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/wheel")).body(a);
    }

    @DeleteMapping("/{activityId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long activityId, @RequestParam int version) {
        wheel.delete(CurrentActor.get(), programId, activityId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks")
    @Operation(summary = "Creates each activity's plan task for its next month within the coming year; running it again creates nothing twice")
    Map<String, Integer> tasks(@PathVariable long programId) {
        return Map.of("created", wheel.createTasks(CurrentActor.get(), programId, LocalDate.now()));
    }
}
