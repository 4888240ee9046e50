package org.uptake.report.closure.web;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramTeamService;
import org.uptake.report.closure.EvaluationForm;
import org.uptake.report.closure.EvaluationService;
import org.uptake.report.closure.EvaluationView;
import org.uptake.report.closure.GoalResultForm;
import org.uptake.report.closure.GoalVerdict;
import org.uptake.report.closure.InterviewForm;
import org.uptake.report.lessons.LessonForm;
import org.uptake.report.lessons.LessonKind;
import org.uptake.report.lessons.LessonService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.report.PageChanges;
import org.uptake.shared.audit.AuditLog;

/** The evaluation page: goals × results, KPIs before and after, the texts, interviews and lessons, with its history. */
@Controller
@RequestMapping("/programs/{programId}/evaluation")
class EvaluationPageController {

    private static final int OFFERED = 10;

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final EvaluationService evaluations;
    private final LessonService lessons;
    private final AuditLog audit;

    EvaluationPageController(ProgramService programs, ProgramTeamService team, EvaluationService evaluations, LessonService lessons,
                             AuditLog audit) {
        this.programs = programs;
        this.team = team;
        this.evaluations = evaluations;
        this.lessons = lessons;
        this.audit = audit;
    }

    @GetMapping
    String show(@PathVariable long programId, Model model) {
        return page(CurrentActor.get(), programId, model);
    }

    private String page(Actor actor, long programId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        EvaluationView view = evaluations.view(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("view", view);
        model.addAttribute("lessonEdits", lessons.edits(actor, programId));
        model.addAttribute("members", team.members(actor, programId).stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.personId(), m -> m.personName(), (a, b) -> a,
                        java.util.LinkedHashMap::new)));
        model.addAttribute("kinds", LessonKind.values());
        model.addAttribute("verdicts", GoalVerdict.values());
        model.addAttribute("offered", access.program().playbookId() == null ? List.of()
                : lessons.offeredFor(actor, access.program().playbookId(), programId, OFFERED));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EvaluationForm.of(view.evaluation()));
        }
        model.addAttribute("history", audit.history(actor.organizationId(), EvaluationService.ENTITY, programId, 50));
        return "report/closure/evaluation";
    }

    @PostMapping
    String save(@PathVariable long programId, EvaluationForm form, Model model) {
        model.addAttribute("form", form);
        return change(programId, model, a -> evaluations.update(a, programId, form));
    }

    @PostMapping("/goals/{goalId}")
    String assess(@PathVariable long programId, @PathVariable long goalId, GoalResultForm form, Model model) {
        return change(programId, model, a -> evaluations.assess(a, programId, goalId, form));
    }

    @PostMapping("/interviews")
    String interview(@PathVariable long programId, InterviewForm form, Model model) {
        return change(programId, model, a -> evaluations.addInterview(a, programId, form));
    }

    @PostMapping("/interviews/{interviewId}/delete")
    String deleteInterview(@PathVariable long programId, @PathVariable long interviewId, Model model) {
        return change(programId, model, a -> evaluations.deleteInterview(a, programId, interviewId));
    }

    @PostMapping("/lessons")
    String lesson(@PathVariable long programId, LessonForm form, Model model) {
        return change(programId, model, a -> lessons.add(a, programId, form));
    }

    @PostMapping("/lessons/{lessonId}/delete")
    String deleteLesson(@PathVariable long programId, @PathVariable long lessonId, Model model) {
        return change(programId, model, a -> lessons.delete(a, programId, lessonId));
    }

    private String change(long programId, Model model, Consumer<Actor> change) {
        Actor actor = CurrentActor.get();
        return PageChanges.apply(model, () -> change.accept(actor), "/programs/" + programId + "/evaluation",
                () -> page(actor, programId, model));
    }
}
