package org.uptake.program.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.program.plan.Completion;
import org.uptake.program.plan.Dependency;
import org.uptake.program.plan.DependencyService;
import org.uptake.program.plan.Phase;
import org.uptake.program.plan.PhaseService;
import org.uptake.program.plan.PhaseSummary;
import org.uptake.program.plan.PlanData;
import org.uptake.program.plan.PlanService;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.TaskRow;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.CurrentActor;

@Tag(name = "Plan", description = "A program's phases, tasks and finish-to-start dependencies")
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class ProgramPlanApiController {

    private final PlanService plans;
    private final PhaseService phases;
    private final TaskService tasks;
    private final DependencyService dependencies;

    ProgramPlanApiController(PlanService plans, PhaseService phases, TaskService tasks, DependencyService dependencies) {
        this.plans = plans;
        this.phases = phases;
        this.tasks = tasks;
        this.dependencies = dependencies;
    }

    @GetMapping("/plan")
    @Operation(summary = "The whole plan in one answer: phases, tasks with dates and status, dependencies as [predecessor, successor]")
    PlanData plan(@PathVariable long programId) {
        return plans.data(CurrentActor.get(), programId);
    }

    @GetMapping("/phases")
    List<PhaseSummary> phases(@PathVariable long programId) {
        return plans.phases(CurrentActor.get(), programId);
    }

    record AcceptRequest(String note, boolean gateConfirmed, int version) {
    }

    @PostMapping("/phases/{phaseId}/acceptance")
    @Operation(summary = "Accepts a phase (coordinator or sponsor): refused while a task is open, the gate unconfirmed or a hard-ordered earlier phase open")
    Phase accept(@PathVariable long programId, @PathVariable long phaseId, @RequestBody AcceptRequest body) {
        return phases.requestAcceptance(CurrentActor.get(), programId, phaseId, body.note(), body.gateConfirmed(), body.version());
    }

    @GetMapping("/tasks")
    @Operation(summary = "The tasks of one phase (phaseId omitted: tasks outside any phase), in plan order")
    List<TaskRow> tasks(@PathVariable long programId, @RequestParam(required = false) Long phaseId) {
        return plans.tasksOf(CurrentActor.get(), programId, phaseId);
    }

    @PostMapping("/tasks")
    ResponseEntity<Task> create(@PathVariable long programId, @Valid @RequestBody TaskForm form) {
        Task t = tasks.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/tasks/" + t.id())).body(t);
    }

    @GetMapping("/tasks/{taskId}")
    Task get(@PathVariable long programId, @PathVariable long taskId) {
        return tasks.get(CurrentActor.get(), programId, taskId);
    }

    @PutMapping("/tasks/{taskId}")
    @Operation(summary = "Changes a task; new dates or duration reschedule its successors")
    Task update(@PathVariable long programId, @PathVariable long taskId, @Valid @RequestBody TaskForm form) {
        return tasks.update(CurrentActor.get(), programId, taskId, form);
    }

    record MoveRequest(LocalDate plannedStart, int version) {
    }

    @PostMapping("/tasks/{taskId}/move")
    @Operation(summary = "Moves a task's start; its successors shift with it")
    TaskService.Moved move(@PathVariable long programId, @PathVariable long taskId, @RequestBody MoveRequest body) {
        return tasks.move(CurrentActor.get(), programId, taskId, body.plannedStart(), body.version());
    }

    record StartRequest(int version, String overrideReason) {
    }

    @PostMapping("/tasks/{taskId}/start")
    @Operation(summary = "Starts a task: refused while a hard-ordered predecessor or phase is open; a default one needs overrideReason")
    Task start(@PathVariable long programId, @PathVariable long taskId, @RequestBody StartRequest body) {
        return tasks.start(CurrentActor.get(), programId, taskId, body.version(), body.overrideReason());
    }

    record CompleteRequest(boolean criterionConfirmed, String note, String link, Long evidenceFileId, String overrideReason,
                           int version) {
    }

    @PostMapping("/tasks/{taskId}/complete")
    @Operation(summary = "Marks a task done: the completion criterion confirmed, with evidence (note, link or evidenceFileId)")
    Task complete(@PathVariable long programId, @PathVariable long taskId, @RequestBody CompleteRequest body) {
        return tasks.complete(CurrentActor.get(), programId, taskId, new Completion(body.criterionConfirmed(), body.note(),
                body.link(), body.evidenceFileId(), body.overrideReason(), body.version()));
    }

    @PostMapping(value = "/tasks/{taskId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Stores an evidence file (max. 10 MB; PDF, images, office documents, text) for completing the task")
    Map<String, Long> evidence(@PathVariable long programId, @PathVariable long taskId, @RequestPart("file") MultipartFile file)
            throws IOException {
        return Map.of("fileId", tasks.storeEvidence(CurrentActor.get(), programId, taskId, file.getOriginalFilename(),
                file.getContentType(), file.getBytes()));
    }

    record CancelRequest(String reason, int version) {
    }

    @PostMapping("/tasks/{taskId}/cancel")
    Task cancel(@PathVariable long programId, @PathVariable long taskId, @RequestBody CancelRequest body) {
        return tasks.cancel(CurrentActor.get(), programId, taskId, body.reason(), body.version());
    }

    record VersionRequest(int version) {
    }

    @PostMapping("/tasks/{taskId}/reopen")
    Task reopen(@PathVariable long programId, @PathVariable long taskId, @RequestBody VersionRequest body) {
        return tasks.reopen(CurrentActor.get(), programId, taskId, body.version());
    }

    @GetMapping("/dependencies")
    @Operation(summary = "The program's dependencies in id order; follow with afterId = the last id")
    List<Dependency> dependencies(@PathVariable long programId, @RequestParam(defaultValue = "0") long afterId,
                                  @RequestParam(defaultValue = "500") int size) {
        return dependencies.list(CurrentActor.get(), programId, afterId, size);
    }

    record DependencyRequest(long predecessorId, long successorId) {
    }

    @PostMapping("/dependencies")
    @Operation(summary = "Adds a finish-to-start dependency; a cycle is refused")
    ResponseEntity<Dependency> addDependency(@PathVariable long programId, @RequestBody DependencyRequest body) {
        Dependency d = dependencies.add(CurrentActor.get(), programId, body.predecessorId(), body.successorId());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/dependencies/" + d.id())).body(d);
    }

    @DeleteMapping("/dependencies/{dependencyId}")
    @Operation(summary = "Removes a dependency; hard playbook rules are never removed")
    ResponseEntity<Void> removeDependency(@PathVariable long programId, @PathVariable long dependencyId) {
        dependencies.remove(CurrentActor.get(), programId, dependencyId);
        return ResponseEntity.noContent().build();
    }

    record OverrideRequest(String reason) {
    }

    @PostMapping("/dependencies/{dependencyId}/override")
    @Operation(summary = "Overrides a default order with a recorded reason; hard ones are refused")
    Dependency override(@PathVariable long programId, @PathVariable long dependencyId, @RequestBody OverrideRequest body) {
        return dependencies.override(CurrentActor.get(), programId, dependencyId, body.reason());
    }
}
