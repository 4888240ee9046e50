package org.uptake.training.web;

import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.training.course.Course;
import org.uptake.training.course.CourseService;
import org.uptake.training.invitation.ReminderResult;
import org.uptake.training.invitation.TrainingReminders;

/** A course's page: what it covers and for whom, its materials with their revisions, reminders and history. */
@Controller
@RequestMapping("/training/courses/{courseId}")
class CoursePageController {

    private final CourseService courses;
    private final ProgramService programs;
    private final TrainingReminders reminders;
    private final AuditLog audit;

    CoursePageController(CourseService courses, ProgramService programs, TrainingReminders reminders, AuditLog audit) {
        this.courses = courses;
        this.programs = programs;
        this.reminders = reminders;
        this.audit = audit;
    }

    @GetMapping
    String show(@PathVariable long courseId, Model model) {
        model(CurrentActor.get(), courseId, model);
        return "training/course";
    }

    private void model(Actor actor, long courseId, Model model) {
        Course course = courses.get(actor, courseId);
        model.addAttribute("course", course);
        model.addAttribute("edits", programs.access(actor, course.programId()).edits());
        model.addAttribute("materials", courses.materials(actor, courseId));
        model.addAttribute("history", audit.history(actor.organizationId(), CourseService.ENTITY, courseId, 50));
    }

    @PostMapping
    String update(@PathVariable long courseId, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String description, @RequestParam(required = false) String aspects,
                  @RequestParam(required = false) List<Long> positionIds, @RequestParam(required = false) List<Long> unitIds,
                  @RequestParam(required = false) Integer durationMinutes, @RequestParam(required = false) Integer passMark,
                  @RequestParam(defaultValue = "false") boolean required, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            Course before = courses.get(actor, courseId);
            var form = Forms.course(before.programId(), title, description, Lists.lines(aspects), Lists.ids(positionIds),
                    Lists.ids(unitIds), durationMinutes, passMark, required);
            courses.update(actor, courseId, new org.uptake.training.course.CourseForm(form.programId(), form.title(),
                    form.description(), form.aspects(), form.positionIds(), form.unitIds(), form.durationMinutes(), form.passMark(),
                    form.required(), version));
            return "redirect:/training/courses/" + courseId;
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, courseId, model, e);
        }
    }

    @PostMapping("/pages")
    String page(@PathVariable long courseId, @RequestParam(required = false) String title,
                @RequestParam(required = false) String body, Model model) {
        Actor actor = CurrentActor.get();
        try {
            courses.addPage(actor, courseId, title, body);
            return "redirect:/training/courses/" + courseId;
        } catch (InvalidInputException e) {
            return refused(actor, courseId, model, e);
        }
    }

    @PostMapping("/materials")
    String upload(@PathVariable long courseId, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String title, Model model) throws IOException {
        Actor actor = CurrentActor.get();
        try {
            if (file == null || file.isEmpty()) {
                courses.get(actor, courseId);
                throw new InvalidInputException("file", "training.error.emptyFile");
            }
            courses.addFile(actor, courseId, title, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            return "redirect:/training/courses/" + courseId;
        } catch (InvalidInputException e) {
            return refused(actor, courseId, model, e);
        }
    }

    @PostMapping("/reminders")
    String remind(@PathVariable long courseId, Model model) {
        Actor actor = CurrentActor.get();
        try {
            ReminderResult result = reminders.send(actor, courseId);
            model.addAttribute("reminded", result);
            model(actor, courseId, model);
            return "training/course";
        } catch (InvalidInputException e) {
            return refused(actor, courseId, model, e);
        }
    }

    private String refused(Actor actor, long courseId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        model(actor, courseId, model);
        return "training/course";
    }
}
