package org.uptake.report.lessons.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.report.lessons.Lesson;
import org.uptake.report.lessons.LessonForm;
import org.uptake.report.lessons.LessonService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Lessons learned", description = "The lessons learned register across programs, by playbook")
@RestController
class LessonApiController {

    private final LessonService lessons;

    LessonApiController(LessonService lessons) {
        this.lessons = lessons;
    }

    @GetMapping("/api/v1/lessons")
    @Operation(summary = "The register newest first (the programs the caller reads); filter by playbook; follow `next`")
    Slice<Lesson> register(@RequestParam(required = false) Long playbookId, @RequestParam(required = false) String after,
                           @RequestParam(defaultValue = "50") int size) {
        return lessons.register(CurrentActor.get(), playbookId, new PageRequest(null, after, size));
    }

    @GetMapping("/api/v1/programs/{programId}/lessons")
    List<Lesson> ofProgram(@PathVariable long programId) {
        return lessons.ofProgram(CurrentActor.get(), programId);
    }

    @PostMapping("/api/v1/programs/{programId}/lessons")
    ResponseEntity<Lesson> add(@PathVariable long programId, @RequestBody LessonForm form) {
        Lesson l = lessons.add(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/lessons")).body(l);
    }

    @DeleteMapping("/api/v1/programs/{programId}/lessons/{lessonId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long lessonId) {
        lessons.delete(CurrentActor.get(), programId, lessonId);
        return ResponseEntity.noContent().build();
    }
}
