package org.uptake.training.web;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.org.position.PositionService;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.training.completion.CompletionService;
import org.uptake.training.course.Course;
import org.uptake.training.course.CourseForm;
import org.uptake.training.course.CourseService;
import org.uptake.training.session.SessionForm;
import org.uptake.training.session.SessionFormat;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/** The program's training tab: aspects and their coverage, courses, sessions and completion per unit and wave. */
@Controller
@RequestMapping("/programs/{programId}/training")
class ProgramTrainingPageController {

    private final ProgramService programs;
    private final CourseService courses;
    private final SessionService sessions;
    private final CompletionService completion;
    private final PositionService positions;
    private final WaveService waves;

    ProgramTrainingPageController(ProgramService programs, CourseService courses, SessionService sessions,
                                  CompletionService completion, PositionService positions, WaveService waves) {
        this.programs = programs;
        this.courses = courses;
        this.sessions = sessions;
        this.completion = completion;
        this.positions = positions;
        this.waves = waves;
    }

    @GetMapping
    String tab(@PathVariable long programId, @RequestParam(required = false) String after, Model model) {
        model(CurrentActor.get(), programId, after, model);
        return "training/tab";
    }

    private void model(Actor actor, long programId, String after, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("coverage", courses.coverage(actor, programId));
        model.addAttribute("courses", courses.list(actor, programId));
        model.addAttribute("sessions", sessions.list(actor, programId, after, 50));
        model.addAttribute("completion", completion.board(actor, programId, null));
        model.addAttribute("formats", SessionFormat.values());
        model.addAttribute("positions", positions.all(actor));
        model.addAttribute("waves", waves.list(actor, programId));
        model.addAttribute("zone", actor.timeZone() == null ? "UTC" : actor.timeZone());
    }

    @PostMapping("/aspects")
    String aspects(@PathVariable long programId, @RequestParam(required = false) String aspects, Model model) {
        Actor actor = CurrentActor.get();
        try {
            courses.saveAspects(actor, programId, Lists.lines(aspects));
            return "redirect:/programs/" + programId + "/training";
        } catch (InvalidInputException e) {
            return refused(actor, programId, model, e);
        }
    }

    @PostMapping("/courses")
    String course(@PathVariable long programId, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String description, @RequestParam(required = false) String aspects,
                  @RequestParam(required = false) List<Long> positionIds, @RequestParam(required = false) List<Long> unitIds,
                  @RequestParam(required = false) Integer durationMinutes, @RequestParam(required = false) Integer passMark,
                  @RequestParam(defaultValue = "false") boolean required, Model model) {
        Actor actor = CurrentActor.get();
        try {
            Course c = courses.create(actor, Forms.course(programId, title, description, Lists.lines(aspects),
                    Lists.ids(positionIds), Lists.ids(unitIds), durationMinutes, passMark, required));
            return "redirect:/training/courses/" + c.id();
        } catch (InvalidInputException e) {
            return refused(actor, programId, model, e);
        }
    }

    @PostMapping("/sessions")
    String session(@PathVariable long programId, @RequestParam(required = false) Long courseId,
                   @RequestParam(required = false) SessionFormat format,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
                   @RequestParam(required = false) String timeZone, @RequestParam(required = false) String place,
                   @RequestParam(required = false) String room, @RequestParam(required = false) String link,
                   @RequestParam(required = false) Long trainerPersonId, @RequestParam(required = false) Integer capacity,
                   Model model) {
        Actor actor = CurrentActor.get();
        try {
            TrainingSession s = sessions.create(actor, Forms.session(new SessionForm(courseId, format, start, end, timeZone, place,
                    room, link, trainerPersonId, capacity, 0)));
            return "redirect:/training/sessions/" + s.id();
        } catch (InvalidInputException e) {
            return refused(actor, programId, model, e);
        }
    }

    private String refused(Actor actor, long programId, Model model, InvalidInputException e) {
        model.addAttribute("violations", e.violations());
        model(actor, programId, null, model);
        return "training/tab";
    }
}
