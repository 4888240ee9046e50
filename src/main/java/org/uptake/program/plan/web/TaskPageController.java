package org.uptake.program.plan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.program.ProgramService;
import org.uptake.program.plan.Completion;
import org.uptake.program.plan.DependencyService;
import org.uptake.program.plan.PhaseService;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/** A task's page: what it asks for, what it waits for, who owns it; start it, mark it done with evidence, cancel it. */
@Controller
@RequestMapping("/programs/{programId}/tasks/{taskId}")
class TaskPageController {

    private final ProgramService programs;
    private final TaskService tasks;
    private final DependencyService dependencies;
    private final PhaseService phases;
    private final AuditLog audit;
    private final org.uptake.org.person.PersonService people;

    TaskPageController(ProgramService programs, TaskService tasks, DependencyService dependencies, PhaseService phases,
                       AuditLog audit, org.uptake.org.person.PersonService people) {
        this.programs = programs;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.phases = phases;
        this.audit = audit;
        this.people = people;
    }

    @GetMapping
    String show(@PathVariable long programId, @PathVariable long taskId, Model model) {
        return page(CurrentActor.get(), programId, taskId, model);
    }

    private String page(Actor actor, long programId, long taskId, Model model) {
        TaskService.TaskAccess access = tasks.access(actor, programId, taskId);
        var task = access.task();
        model.addAttribute("task", task);
        model.addAttribute("access", access);
        model.addAttribute("program", access.program().program());
        model.addAttribute("tabs", programs.tabs(access.program()));
        if (access.program().reads()) {
            model.addAttribute("predecessors", dependencies.predecessors(actor, programId, taskId));
            model.addAttribute("successors", dependencies.successors(actor, programId, taskId));
            model.addAttribute("phase", task.phaseId() == null ? null : phases.get(actor, programId, task.phaseId()));
            model.addAttribute("phaseOrders", task.phaseId() == null ? List.of() : phases.orders(actor, programId, task.phaseId()));
        }
        if (access.edits() && !task.ownerCandidates().isEmpty()) {
            var candidates = new java.util.LinkedHashMap<Long, String>();
            task.ownerCandidates().forEach(id -> people.nameOf(actor, id).ifPresent(name -> candidates.put(id, name)));
            model.addAttribute("candidates", candidates.entrySet());
        }
        model.addAttribute("history", audit.history(actor.organizationId(), TaskService.ENTITY, taskId, 50));
        return "program/task";
    }

    private String refused(Actor actor, long programId, long taskId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        return page(actor, programId, taskId, model);
    }

    private String back(long programId, long taskId) {
        return "redirect:/programs/" + programId + "/tasks/" + taskId;
    }

    /** Runs a change and goes back to the task, or shows the task page again with why it was refused. */
    private String attempt(long programId, long taskId, Model model, java.util.function.Consumer<Actor> change) {
        Actor actor = CurrentActor.get();
        try {
            change.accept(actor);
            return back(programId, taskId);
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, taskId, model, e);
        }
    }

    @PostMapping("/start")
    String start(@PathVariable long programId, @PathVariable long taskId, @RequestParam int version,
                 @RequestParam(required = false) String overrideReason, Model model) {
        return attempt(programId, taskId, model, actor -> tasks.start(actor, programId, taskId, version, overrideReason));
    }

    @PostMapping("/complete")
    String complete(@PathVariable long programId, @PathVariable long taskId, @RequestParam int version,
                    @RequestParam(defaultValue = "false") boolean criterionConfirmed, @RequestParam(required = false) String note,
                    @RequestParam(required = false) String link, @RequestParam(required = false) MultipartFile file,
                    @RequestParam(required = false) String overrideReason, Model model) throws IOException {
        Actor actor = CurrentActor.get();
        try {
            Long fileId = file == null || file.isEmpty() ? null
                    : tasks.storeEvidence(actor, programId, taskId, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            tasks.complete(actor, programId, taskId, new Completion(criterionConfirmed, note, link, fileId, overrideReason, version));
            return back(programId, taskId);
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, taskId, model, e);
        }
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable long programId, @PathVariable long taskId, @RequestParam int version,
                  @RequestParam(required = false) String reason, Model model) {
        return attempt(programId, taskId, model, actor -> tasks.cancel(actor, programId, taskId, reason, version));
    }

    @PostMapping("/reopen")
    String reopen(@PathVariable long programId, @PathVariable long taskId, @RequestParam int version, Model model) {
        return attempt(programId, taskId, model, actor -> tasks.reopen(actor, programId, taskId, version));
    }

    /**
     * Sets the owner (e.g. one of the candidates the playbook's placeholder found), the completion
     * criterion, the effort and the milestone and serious-change flags.
     */
    @PostMapping("/owner")
    String owner(@PathVariable long programId, @PathVariable long taskId, @RequestParam(required = false) Long ownerPersonId,
                 @RequestParam(required = false) String completionCriterion,
                 @RequestParam(required = false) java.math.BigDecimal effortHours,
                 @RequestParam(defaultValue = "false") boolean milestone, @RequestParam(defaultValue = "false") boolean seriousChange,
                 @RequestParam int version, Model model) {
        return attempt(programId, taskId, model, actor -> {
            TaskForm form = TaskForm.of(tasks.get(actor, programId, taskId));
            form.setOwnerPersonId(ownerPersonId);
            if (completionCriterion != null) {
                form.setCompletionCriterion(completionCriterion);
            }
            if (effortHours != null && (effortHours.signum() < 0 || effortHours.compareTo(java.math.BigDecimal.valueOf(100_000)) > 0)) {
                throw new InvalidInputException("effortHours", "task.error.effort");
            }
            form.setEffortHours(effortHours);
            form.setMilestone(milestone);
            form.setSeriousChange(seriousChange);
            form.setVersion(version);
            tasks.update(actor, programId, taskId, form);
        });
    }

    @PostMapping("/dependencies")
    String addPredecessor(@PathVariable long programId, @PathVariable long taskId,
                          @RequestParam(required = false) Long predecessorId, Model model) {
        return attempt(programId, taskId, model, actor -> {
            if (predecessorId == null) {
                throw new InvalidInputException("predecessorId", "dependency.error.taskUnknown");
            }
            dependencies.add(actor, programId, predecessorId, taskId);
        });
    }

    @PostMapping("/dependencies/{dependencyId}/delete")
    String removeDependency(@PathVariable long programId, @PathVariable long taskId, @PathVariable long dependencyId,
                            Model model) {
        return attempt(programId, taskId, model, actor -> dependencies.remove(actor, programId, dependencyId));
    }

    @PostMapping("/dependencies/{dependencyId}/override")
    String overrideDependency(@PathVariable long programId, @PathVariable long taskId, @PathVariable long dependencyId,
                              @RequestParam(required = false) String reason, Model model) {
        return attempt(programId, taskId, model, actor -> dependencies.override(actor, programId, dependencyId, reason));
    }

    @GetMapping("/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long programId, @PathVariable long taskId) {
        var file = tasks.evidence(CurrentActor.get(), programId, taskId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
