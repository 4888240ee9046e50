package org.uptake.engagement.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.engagement.survey.Audience;
import org.uptake.engagement.survey.QuestionForm;
import org.uptake.engagement.survey.QuestionType;
import org.uptake.engagement.survey.Survey;
import org.uptake.engagement.survey.SurveyForm;
import org.uptake.engagement.survey.SurveyKind;
import org.uptake.engagement.survey.SurveyService;
import org.uptake.engagement.survey.SurveyView;
import org.uptake.org.position.PositionService;
import org.uptake.org.unit.UnitService;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.web.PageAttempts;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.web.FormErrors;

/** The program's surveys: list and create, the survey page with its audience and actions, the question editor. */
@Controller
class SurveyPageController {

    private static final int EMPTY_ROWS = 3;

    private final SurveyService surveys;
    private final ProgramService programs;
    private final WaveService waves;
    private final UnitService units;
    private final PositionService positions;
    private final AuditLog audit;

    SurveyPageController(SurveyService surveys, ProgramService programs, WaveService waves, UnitService units,
                         PositionService positions, AuditLog audit) {
        this.surveys = surveys;
        this.programs = programs;
        this.waves = waves;
        this.units = units;
        this.positions = positions;
        this.audit = audit;
    }

    @GetMapping("/programs/{programId}/surveys")
    String list(@PathVariable long programId, @RequestParam(required = false) String after, Model model) {
        return listPage(CurrentActor.get(), programId, after, model);
    }

    private String listPage(Actor actor, long programId, String after, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("surveys", surveys.list(actor, programId, new PageRequest(null, after, 50)));
        model.addAttribute("kinds", SurveyKind.values());
        return "engagement/surveys";
    }

    @PostMapping("/programs/{programId}/surveys")
    String create(@PathVariable long programId, @RequestParam(required = false) SurveyKind kind,
                  @RequestParam(required = false) String title, @RequestParam(defaultValue = "false") boolean anonymous,
                  Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            if (title == null || title.isBlank() || title.strip().length() > 200) {
                throw new InvalidInputException("title", "survey.error.title");
            }
            var form = new SurveyForm();
            form.setKind(kind == null ? SurveyKind.READINESS : kind);
            form.setTitle(title);
            form.setAnonymous(anonymous);
            return "redirect:/surveys/" + surveys.create(actor, programId, form).id();
        }, () -> listPage(actor, programId, null, model), model, response);
    }

    @GetMapping("/surveys/{id}")
    String show(@PathVariable long id, Model model) {
        return showPage(CurrentActor.get(), id, model);
    }

    private String showPage(Actor actor, long id, Model model) {
        SurveyView view = surveys.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("survey", view.survey());
        model.addAttribute("status", view.survey().effectiveStatus(java.time.Instant.now()));
        if (view.edits()) {
            model.addAttribute("allUnits", units.all(actor));
            model.addAttribute("allPositions", positions.all(actor));
            model.addAttribute("allWaves", waves.list(actor, view.survey().programId()));
            model.addAttribute("chosen", view.audience().stream().map(t -> t.kind() + ":" + t.id()).toList());
        }
        model.addAttribute("history", audit.history(actor.organizationId(), SurveyService.ENTITY, id, 50));
        return "engagement/survey";
    }

    @PostMapping("/surveys/{id}/audience")
    String audience(@PathVariable long id, @RequestParam(required = false) List<Long> unitIds,
                    @RequestParam(required = false) List<Long> positionIds, @RequestParam(required = false) List<Long> waveIds,
                    @RequestParam int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            surveys.distribute(actor, id, new Audience(unitIds, positionIds, waveIds, version));
            return "redirect:/surveys/" + id;
        }, () -> showPage(actor, id, model), model, response);
    }

    @PostMapping("/surveys/{id}/open")
    String open(@PathVariable long id, @RequestParam int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> "redirect:/surveys/" + surveys.open(actor, id, version).id(),
                () -> showPage(actor, id, model), model, response);
    }

    @PostMapping("/surveys/{id}/close")
    String close(@PathVariable long id, @RequestParam int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> "redirect:/surveys/" + surveys.close(actor, id, version).id(),
                () -> showPage(actor, id, model), model, response);
    }

    @PostMapping("/surveys/{id}/versions")
    String newVersion(@PathVariable long id, @RequestParam int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> "redirect:/surveys/" + surveys.newVersion(actor, id, version).id() + "/edit",
                () -> showPage(actor, id, model), model, response);
    }

    @PostMapping("/surveys/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            long programId = surveys.get(actor, id).programId();
            surveys.delete(actor, id, version);
            return "redirect:/programs/" + programId + "/surveys";
        }, () -> showPage(actor, id, model), model, response);
    }

    @GetMapping("/surveys/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        SurveyView view = surveys.view(actor, id);
        if (!view.edits()) {
            throw new org.uptake.shared.error.ForbiddenException("edit survey");
        }
        SurveyForm form = SurveyForm.of(view.survey(), view.questions());
        return editPage(actor, view, form, closesOn(actor, view.survey()), model);
    }

    private String editPage(Actor actor, SurveyView view, SurveyForm form, LocalDate closesOn, Model model) {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            form.getQuestions().add(QuestionForm.of(QuestionType.SCALE, null, List.of(), true, false));
        }
        model.addAttribute("view", view);
        model.addAttribute("survey", view.survey());
        model.addAttribute("surveyForm", form);
        model.addAttribute("closesOn", closesOn);
        model.addAttribute("types", QuestionType.values());
        return "engagement/survey-form";
    }

    @PostMapping("/surveys/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("surveyForm") SurveyForm form, BindingResult binding,
                  @RequestParam(required = false) LocalDate closesOn, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        SurveyView view = surveys.view(actor, id);
        if (!view.edits()) {
            throw new org.uptake.shared.error.ForbiddenException("edit survey");
        }
        form.getQuestions().removeIf(q -> q == null || q.blank());
        if (binding.hasErrors()) {
            response.setStatus(400);
            return editPage(actor, view, form, closesOn, model);
        }
        form.setClosesAt(closesOn == null ? null
                : closesOn.plusDays(1).atStartOfDay(ZoneId.of(actor.timeZone())).toInstant());
        try {
            surveys.update(actor, id, form);
            return "redirect:/surveys/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
            response.setStatus(400);
        } catch (org.uptake.shared.error.StaleVersionException e) {
            binding.reject("error.stale");
            response.setStatus(409);
        }
        return editPage(actor, view, form, closesOn, model);
    }

    private static LocalDate closesOn(Actor actor, Survey s) {
        return s.closesAt() == null ? null : s.closesAt().atZone(ZoneId.of(actor.timeZone())).toLocalDate().minusDays(1);
    }
}
