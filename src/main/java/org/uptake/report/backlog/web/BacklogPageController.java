package org.uptake.report.backlog.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.report.backlog.BacklogForm;
import org.uptake.report.backlog.BacklogPriority;
import org.uptake.report.backlog.BacklogService;
import org.uptake.report.backlog.BacklogSource;
import org.uptake.report.backlog.BacklogStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.report.PageChanges;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.ProblemFilter;
import org.uptake.support.ProblemService;

/** The further-development backlog of a program: the list, a new item, an item from a problem, priority and status changes. */
@Controller
@RequestMapping("/programs/{programId}/backlog")
class BacklogPageController {

    private static final int PROBLEM_CHOICES = 100;

    private final ProgramService programs;
    private final BacklogService backlog;
    private final ProblemService problems;
    private final AuditLog audit;

    BacklogPageController(ProgramService programs, BacklogService backlog, ProblemService problems, AuditLog audit) {
        this.programs = programs;
        this.backlog = backlog;
        this.problems = problems;
        this.audit = audit;
    }

    @GetMapping
    String show(@PathVariable long programId, @RequestParam(required = false) String after, Model model) {
        return page(CurrentActor.get(), programId, after, model);
    }

    private String page(Actor actor, long programId, String after, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("page", backlog.list(actor, programId, false, new PageRequest(null, after, 50)));
        model.addAttribute("edits", backlog.edits(actor, programId));
        model.addAttribute("priorities", BacklogPriority.values());
        model.addAttribute("statuses", BacklogStatus.values());
        model.addAttribute("sources", List.of(BacklogSource.MANUAL, BacklogSource.FEEDBACK));
        model.addAttribute("problems", problems.list(actor, new ProblemFilter(null, null, null, null, programId, null, false, false, false),
                PageRequest.first(PROBLEM_CHOICES)).items());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new BacklogForm());
        }
        model.addAttribute("history", audit.history(actor.organizationId(), BacklogService.ENTITY, programId, 50));
        return "report/closure/backlog";
    }

    @PostMapping
    String create(@PathVariable long programId, BacklogForm form, Model model) {
        model.addAttribute("form", form);
        return change(programId, model, () -> backlog.create(CurrentActor.get(), programId, form));
    }

    @PostMapping("/from-problem")
    String fromProblem(@PathVariable long programId, @RequestParam(required = false) Long problemId, Model model) {
        return change(programId, model, () -> backlog.fromProblem(CurrentActor.get(), programId, problemId));
    }

    @PostMapping("/{itemId}")
    String update(@PathVariable long programId, @PathVariable long itemId, @RequestParam(required = false) BacklogPriority priority,
                  @RequestParam(required = false) BacklogStatus status, @RequestParam int version, Model model) {
        return change(programId, model, () -> {
            BacklogForm form = BacklogForm.of(backlog.get(CurrentActor.get(), programId, itemId));
            form.setPriority(priority);
            form.setStatus(status);
            form.setVersion(version);
            backlog.update(CurrentActor.get(), programId, itemId, form);
        });
    }

    private String change(long programId, Model model, Runnable change) {
        return PageChanges.apply(model, change, "/programs/" + programId + "/backlog", () -> page(CurrentActor.get(), programId, null, model));
    }
}
