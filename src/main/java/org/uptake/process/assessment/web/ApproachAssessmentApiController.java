package org.uptake.process.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.process.assessment.ApproachAssessment;
import org.uptake.process.assessment.ApproachAssessmentForm;
import org.uptake.process.assessment.ApproachAssessmentService;
import org.uptake.shared.CurrentActor;

@Tag(name = "Process approach self-assessment", description = "Six criteria scored 0-4, repeated over time")
@RestController
@RequestMapping("/api/v1/processes/assessments")
class ApproachAssessmentApiController {

    private final ApproachAssessmentService assessments;

    ApproachAssessmentApiController(ApproachAssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    @Operation(summary = "The latest 50 self-assessments, newest first")
    List<ApproachAssessment> history() {
        return assessments.history(CurrentActor.get());
    }

    @GetMapping("/{id}")
    ApproachAssessment get(@PathVariable long id) {
        return assessments.get(CurrentActor.get(), id);
    }

    @PostMapping
    @Operation(summary = "Records an assessment: scores is six numbers 0-4 in the order of the criteria")
    ResponseEntity<ApproachAssessment> record(@Valid @RequestBody ApproachAssessmentForm form) {
        ApproachAssessment saved = assessments.record(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/processes/assessments/" + saved.id())).body(saved);
    }
}
