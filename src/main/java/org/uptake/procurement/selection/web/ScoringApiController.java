package org.uptake.procurement.selection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.procurement.selection.Evaluator;
import org.uptake.procurement.selection.Results;
import org.uptake.procurement.selection.ScoreSheet;
import org.uptake.procurement.selection.ScoreSheetForm;
import org.uptake.procurement.selection.ScoringService;
import org.uptake.shared.CurrentActor;

@Tag(name = "Vendor scoring", description = "Evaluators, their independent scores (0–10, hidden from others until everyone "
        + "has submitted), the weighted ranking and its sensitivity to the price weight")
@RestController
@RequestMapping("/api/v1/programs/{programId}/selections/{selectionId}")
class ScoringApiController {

    private final ScoringService scoring;

    ScoringApiController(ScoringService scoring) {
        this.scoring = scoring;
    }

    record EvaluatorRequest(Long personId) {
    }

    record SubmitRequest(int version) {
    }

    @GetMapping("/evaluators")
    @Operation(summary = "The evaluators and who has submitted (never their scores)")
    List<Evaluator> evaluators(@PathVariable long programId, @PathVariable long selectionId) {
        return scoring.evaluators(CurrentActor.get(), programId, selectionId);
    }

    @PostMapping("/evaluators")
    List<Evaluator> addEvaluator(@PathVariable long programId, @PathVariable long selectionId,
                                 @RequestBody EvaluatorRequest request) {
        return scoring.addEvaluator(CurrentActor.get(), programId, selectionId, request.personId());
    }

    @DeleteMapping("/evaluators/{personId}")
    List<Evaluator> removeEvaluator(@PathVariable long programId, @PathVariable long selectionId, @PathVariable long personId) {
        return scoring.removeEvaluator(CurrentActor.get(), programId, selectionId, personId);
    }

    @GetMapping("/scores")
    @Operation(summary = "Scores the caller may see: their own until every evaluator has submitted, then everyone's; "
            + "evaluatorPersonId asks for one evaluator's sheet (403 for another's before everyone has submitted)")
    ScoreSheet scores(@PathVariable long programId, @PathVariable long selectionId,
                      @RequestParam(required = false) Long evaluatorPersonId) {
        return scoring.sheet(CurrentActor.get(), programId, selectionId, evaluatorPersonId);
    }

    @PutMapping("/scores")
    @Operation(summary = "The caller (an evaluator) saves scores 0–10 of shortlisted vendors on quality criteria; "
            + "version is the evaluator's sheet version")
    ScoreSheet score(@PathVariable long programId, @PathVariable long selectionId, @Valid @RequestBody ScoreSheetForm form) {
        return scoring.score(CurrentActor.get(), programId, selectionId, form);
    }

    @PostMapping("/scores/submit")
    @Operation(summary = "The caller submits their complete sheet; it cannot change afterwards")
    ScoreSheet submit(@PathVariable long programId, @PathVariable long selectionId, @RequestBody SubmitRequest request) {
        return scoring.submit(CurrentActor.get(), programId, selectionId, request.version());
    }

    @GetMapping("/results")
    @Operation(summary = "Weighted totals, ranking and sensitivity (price weight 0–100 %); available=false until every "
            + "evaluator has submitted")
    Results results(@PathVariable long programId, @PathVariable long selectionId) {
        return scoring.results(CurrentActor.get(), programId, selectionId);
    }
}
