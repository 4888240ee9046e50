package org.uptake.competency.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.competency.assessment.Assessment;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.assessment.GapMatrix;
import org.uptake.competency.assessment.LevelsForm;
import org.uptake.shared.CurrentActor;

@Tag(name = "Assessments", description = "Assessments against the job profile; seen by the person, their manager, coordinators and admins")
@RestController
class AssessmentApiController {

    private final AssessmentService assessments;

    AssessmentApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/api/v1/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts an assessment of a person: the questionnaire from their position's job profile")
    Assessment start(@RequestBody Map<String, Long> body) {
        Long personId = body.get("personId");
        if (personId == null) {
            throw new org.uptake.shared.error.InvalidInputException("personId", "assessment.error.personRequired");
        }
        return assessments.start(CurrentActor.get(), personId);
    }

    @GetMapping("/api/v1/assessments/{id}")
    Assessment get(@PathVariable long id) {
        return assessments.get(CurrentActor.get(), id);
    }

    @PutMapping("/api/v1/assessments/{id}/levels")
    @Operation(summary = "The person's own levels (self) or the manager's levels, by competency id")
    Assessment rate(@PathVariable long id, @RequestBody LevelsForm form) {
        return assessments.rate(CurrentActor.get(), id, form);
    }

    @PostMapping("/api/v1/assessments/{id}/agree")
    @Operation(summary = "Records the agreed levels; every gap (required − agreed) goes into the individual training plan")
    Assessment agree(@PathVariable long id, @RequestBody LevelsForm form) {
        return assessments.agree(CurrentActor.get(), id, form);
    }

    @GetMapping("/api/v1/people/{personId}/assessments")
    List<Assessment> forPerson(@PathVariable long personId) {
        return assessments.forPerson(CurrentActor.get(), personId);
    }

    @GetMapping("/api/v1/assessments/gap-matrix")
    @Operation(summary = "Gaps rolled up by the sub-units of unitId (whole organisation without it), or by person with people=true")
    GapMatrix matrix(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean people) {
        return assessments.matrix(CurrentActor.get(), unitId, people);
    }
}
