package org.uptake.training.completion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.shared.CurrentActor;
import org.uptake.training.completion.Completion;
import org.uptake.training.completion.CompletionService;
import org.uptake.training.completion.CourseProgress;

@Tag(name = "Training completion", description = "Completion per unit, wave and program (feeds the readiness gate), and per person")
@RestController
@RequestMapping("/api/v1/programs/{programId}/training")
class CompletionApiController {

    private final CompletionService completion;

    CompletionApiController(CompletionService completion) {
        this.completion = completion;
    }

    @GetMapping("/completion")
    @Operation(summary = "Completion of the wave units (one wave or all); a unit head sees only the units they head")
    Completion board(@PathVariable long programId, @RequestParam(required = false) Long waveId) {
        return completion.board(CurrentActor.get(), programId, waveId);
    }

    @GetMapping("/completion/people/{personId}")
    @Operation(summary = "A person's required courses and how far they are; program readers and the person")
    List<CourseProgress> person(@PathVariable long programId, @PathVariable long personId) {
        return completion.ofPerson(CurrentActor.get(), programId, personId);
    }
}
