package org.uptake.engagement.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.engagement.survey.AnswerForm;
import org.uptake.engagement.survey.AnswerService;
import org.uptake.engagement.survey.Audience;
import org.uptake.engagement.survey.MySurvey;
import org.uptake.engagement.survey.NamedResponse;
import org.uptake.engagement.survey.Survey;
import org.uptake.engagement.survey.SurveyForm;
import org.uptake.engagement.survey.SurveyResultService;
import org.uptake.engagement.survey.SurveyResults;
import org.uptake.engagement.survey.SurveyRow;
import org.uptake.engagement.survey.SurveyService;
import org.uptake.engagement.survey.SurveyTemplates;
import org.uptake.engagement.survey.SurveyView;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Surveys", description = "Readiness, satisfaction and feedback surveys: questions, audience, answers, results")
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApiController {

    private final SurveyService surveys;
    private final AnswerService answers;
    private final SurveyResultService results;

    SurveyApiController(SurveyService surveys, AnswerService answers, SurveyResultService results) {
        this.surveys = surveys;
        this.answers = answers;
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "Surveys, newest first, of one program (or of every program for whole-organisation readers)")
    Slice<SurveyRow> list(@RequestParam(required = false) Long programId, @RequestParam(required = false) String q,
                          @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return surveys.list(CurrentActor.get(), programId, new PageRequest(q, after, size));
    }

    @GetMapping("/templates")
    @Operation(summary = "The built-in templates with their questions in the caller's language")
    List<SurveyTemplates.Template> templates() {
        return surveys.templates(Locale.forLanguageTag(CurrentActor.get().language()));
    }

    @GetMapping("/mine")
    @Operation(summary = "The caller's surveys: open ones to answer, then answered ones")
    List<MySurvey> mine(@RequestParam(defaultValue = "false") boolean openOnly) {
        return answers.mine(CurrentActor.get(), openOnly);
    }

    @PostMapping
    @Operation(summary = "Creates a draft survey in a program; without questions it takes the template's")
    ResponseEntity<Survey> create(@RequestParam long programId, @Valid @RequestBody SurveyForm form) {
        Survey created = surveys.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    SurveyView get(@PathVariable long id) {
        return surveys.view(CurrentActor.get(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes texts, deadline and questions; questions are refused once someone has answered")
    Survey update(@PathVariable long id, @Valid @RequestBody SurveyForm form) {
        return surveys.update(CurrentActor.get(), id, form);
    }

    @PutMapping("/{id}/audience")
    @Operation(summary = "Sets the units, positions and waves the survey goes to; while open, newcomers are invited")
    Survey audience(@PathVariable long id, @Valid @RequestBody Audience audience) {
        return surveys.distribute(CurrentActor.get(), id, audience);
    }

    @PostMapping("/{id}/open")
    Survey open(@PathVariable long id, @RequestParam int version) {
        return surveys.open(CurrentActor.get(), id, version);
    }

    @PostMapping("/{id}/close")
    Survey close(@PathVariable long id, @RequestParam int version) {
        return surveys.close(CurrentActor.get(), id, version);
    }

    @PostMapping("/{id}/versions")
    @Operation(summary = "A new draft version with the same questions and audience, to change what is asked")
    ResponseEntity<Survey> newVersion(@PathVariable long id, @RequestParam int version) {
        Survey created = surveys.newVersion(CurrentActor.get(), id, version);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + created.id())).body(created);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes a draft")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        surveys.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/answers")
    @Operation(summary = "Answers the survey, once, while it is open; a refused answer stores nothing")
    ResponseEntity<Void> answer(@PathVariable long id, @Valid @RequestBody AnswerForm form) {
        answers.answer(CurrentActor.get(), id, form);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/answers/mine")
    @Operation(summary = "The caller's own answers to a named survey")
    ResponseEntity<NamedResponse> myAnswers(@PathVariable long id) {
        NamedResponse mine = answers.myAnswers(CurrentActor.get(), id);
        return mine == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(mine);
    }

    @GetMapping("/{id}/responses")
    @Operation(summary = "Named answers with their authors: coordinators all, unit heads their units")
    List<NamedResponse> responses(@PathVariable long id) {
        return answers.responses(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Results per unit, per question (supervisors and employees apart) and over time")
    SurveyResults results(@PathVariable long id) {
        return results.results(CurrentActor.get(), id);
    }
}
