package org.uptake.program.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.Program;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Changing tasks. The program's editors change everything; the owner of a task (a unit head, an
 * employee) starts it and marks it done. A moved or re-sized task reschedules its successors at
 * once. The module's API for other capabilities: {@link #createTask}, {@link #completeTask},
 * {@link #cancelTask}.
 */
@Service
public class TaskService {

    public static final String ENTITY = "task";

    private final ProgramService programs;
    private final TaskRepository tasks;
    private final Rescheduler rescheduler;
    private final OrderChecks orders;
    private final EvidenceFiles files;
    private final TaskMail mail;
    private final TaskDates dates;
    private final org.springframework.beans.factory.ObjectProvider<TaskStartGuard> guards;
    private final AuditLog audit;

    TaskService(ProgramService programs, TaskRepository tasks, Rescheduler rescheduler,
                OrderChecks orders, EvidenceFiles files, TaskMail mail, TaskDates dates,
                org.springframework.beans.factory.ObjectProvider<TaskStartGuard> guards,
                AuditLog audit) {
        this.programs = programs;
        this.tasks = tasks;
        this.rescheduler = rescheduler;
        this.orders = orders;
        this.files = files;
        this.mail = mail;
        this.dates = dates;
        this.guards = guards;
        this.audit = audit;
    }

    /** A task with what the actor may do with it. */
    public record TaskAccess(Task task, ProgramAccess program, boolean edits, boolean updates) {
    }

    /** Program readers see every task; anyone else only the tasks they own (others: 403). */
    public TaskAccess access(Actor actor, long programId, long taskId) {
        ProgramAccess program = programs.access(actor, programId);
        Task task = tasks.find(actor.organizationId(), taskId).filter(t -> t.programId() == programId)
                .orElseThrow(() -> new NotFoundException(ENTITY, taskId));
        boolean owner = actor.personId() != null && Objects.equals(task.ownerPersonId(), actor.personId());
        if (!program.reads() && !owner) {
            throw new ForbiddenException("read task");
        }
        return new TaskAccess(task, program, program.edits(), program.edits() || owner);
    }

    public Task get(Actor actor, long programId, long taskId) {
        return access(actor, programId, taskId).task();
    }

    private TaskAccess requireEditor(Actor actor, long programId, long taskId) {
        TaskAccess a = access(actor, programId, taskId);
        if (!a.edits()) {
            throw new ForbiddenException("edit task");
        }
        return a;
    }

    private TaskAccess requireUpdater(Actor actor, long programId, long taskId) {
        TaskAccess a = access(actor, programId, taskId);
        if (!a.updates()) {
            throw new ForbiddenException("update task");
        }
        return a;
    }

    private Program editableProgram(Actor actor, long programId) {
        Program program = programs.requireEditor(actor, programId).program();
        if (program.status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        return program;
    }

    @Transactional
    public Task create(Actor actor, long programId, TaskForm form) {
        Program program = editableProgram(actor, programId);
        TaskDates.Planned planned = dates.forNew(actor, program, form);
        long id = tasks.reserveIds(1).getFirst();
        tasks.insertAll(actor.organizationId(), programId, List.of(new NewTaskRow(id, form.getPhaseId(),
                dates.nextPosition(programId, form.getPhaseId()), form.getTitle(), form.getDescription(), null, null,
                form.getOwnerPersonId(), null, List.of(), false, planned.start(), planned.finish(), planned.duration(),
                planned.constraint(), form.getDueDate(), form.getCompletionCriterion(), null, "[]", form.isMilestone(),
                form.isSeriousChange(), false, org.uptake.program.playbook.RepeatScope.ONCE, null, null, null, null,
                form.getSourceModule(), form.getSourceRef(), form.getSourceUrl())));
        Task created = tasks.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        notifyOwner(program, created);
        return created;
    }

    /** For other modules: adds a task (e.g. a go/no-go condition) to the program, owned and due as given. */
    @Transactional
    public Task createTask(Actor actor, long programId, NewTask task) {
        return create(actor, programId, task.toForm());
    }

    @Transactional
    public Task update(Actor actor, long programId, long taskId, TaskForm form) {
        Task before = requireEditor(actor, programId, taskId).task();
        Program program = editableProgram(actor, programId);
        TaskDates.Planned planned = dates.forEdit(actor, program, before, form);
        boolean ownerChanged = !Objects.equals(before.ownerPersonId(), form.getOwnerPersonId());
        if (tasks.update(actor.organizationId(), taskId, form, planned.duration(), planned.constraint(), ownerChanged) == 0) {
            throw new StaleVersionException(ENTITY, taskId);
        }
        List<Long> shifted = rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
        Task after = tasks.find(actor.organizationId(), taskId).orElseThrow();
        audit.updated(actor, ENTITY, taskId, before, after);
        if (ownerChanged) {
            notifyOwner(program, after);
        }
        if (shifted.size() > 1) {
            audit.action(actor, ENTITY, taskId, "rescheduled", Map.of("tasksShifted", shifted.size()));
        }
        return after;
    }

    /** What a move did: the task and every task whose dates shifted with it. */
    public record Moved(Task task, List<Long> shifted) {
    }

    /** Moves a task to start on (or after) a day; its successors follow in the same transaction. */
    @Transactional
    public Moved move(Actor actor, long programId, long taskId, LocalDate start, int version) {
        Task before = requireEditor(actor, programId, taskId).task();
        Program program = editableProgram(actor, programId);
        if (before.status() != TaskStatus.NOT_STARTED) {
            throw new InvalidInputException("plannedStart", "task.error.moveStarted");
        }
        Rescheduler.Snapshot plan = rescheduler.load(actor.organizationId(), programId, program.startDate());
        LocalDate target = dates.checkStart(plan, program, taskId, start);
        if (tasks.move(actor.organizationId(), taskId, target, version) == 0) {
            throw new StaleVersionException(ENTITY, taskId);
        }
        Scheduler.Node node = plan.byId.get(taskId);
        plan.replace(new Scheduler.Node(node.id(), node.status(), node.plannedStart(), node.plannedFinish(), node.duration(),
                target, node.actualStart(), node.actualFinish(), node.milestone()));
        List<Long> shifted = plan.apply();
        Task after = tasks.find(actor.organizationId(), taskId).orElseThrow();
        audit.action(actor, ENTITY, taskId, "moved", Map.of("plannedStart",
                List.of(before.plannedStart().toString(), after.plannedStart().toString()), "tasksShifted", shifted.size()));
        return new Moved(after, shifted);
    }

    @Transactional
    public Task start(Actor actor, long programId, long taskId, int version, String overrideReason) {
        Task task = requireUpdater(actor, programId, taskId).task();
        Program program = editableOrOwned(actor, programId);
        if (task.status() != TaskStatus.NOT_STARTED) {
            throw new InvalidInputException("status", "task.error.notStartable");
        }
        guard(actor, task);
        orders.clear(actor, task, overrideReason);
        if (tasks.start(actor.organizationId(), taskId, version, dates.today(), blank(overrideReason)) == 0) {
            throw new StaleVersionException(ENTITY, taskId);
        }
        rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
        audit.action(actor, ENTITY, taskId, "started", overrideReason == null || overrideReason.isBlank()
                ? Map.of() : Map.of("reason", overrideReason.strip()));
        return tasks.find(actor.organizationId(), taskId).orElseThrow();
    }

    /** Marks a task done: its criterion confirmed, evidence given, nothing holding it up (or a default order overridden). */
    @Transactional
    public Task complete(Actor actor, long programId, long taskId, Completion completion) {
        Task task = requireUpdater(actor, programId, taskId).task();
        Program program = editableOrOwned(actor, programId);
        if (!task.status().open()) {
            throw new InvalidInputException("status", "task.error.notOpen");
        }
        dates.checkCompletion(actor, completion);
        guardCompletion(actor, task);
        orders.clear(actor, task, completion.overrideReason());
        if (tasks.complete(actor.organizationId(), taskId, completion, dates.today(), actor.userId(), actor.displayName()) == 0) {
            throw new StaleVersionException(ENTITY, taskId);
        }
        rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
        audit.action(actor, ENTITY, taskId, "completed", evidence(completion));
        return tasks.find(actor.organizationId(), taskId).orElseThrow();
    }

    /**
     * For other modules: links the program's playbook tasks with these step keys (and no source yet) to the module's
     * records, shown on the task's page (P5's migration steps → the data migration records).
     */
    @Transactional
    public List<Long> linkSteps(Actor actor, long programId, java.util.Collection<String> stepKeys, String module, String ref,
                                String url) {
        List<Long> linked = tasks.linkSource(actor.organizationId(), programId, stepKeys, module, ref, url);
        audit.actionForEach(actor, ENTITY, linked, "linked", Map.of("module", module, "url", url));
        return linked;
    }

    /** For other modules: marks their task done with a note as evidence (their own checks stand for the criterion). */
    @Transactional
    public Task completeTask(Actor actor, long programId, long taskId, String note) {
        Task task = get(actor, programId, taskId);
        return complete(actor, programId, taskId, new Completion(true, note, null, null, null, task.version()));
    }

    @Transactional
    public Task cancel(Actor actor, long programId, long taskId, String reason, int version) {
        Task task = requireEditor(actor, programId, taskId).task();
        Program program = editableProgram(actor, programId);
        if (!task.status().open()) {
            throw new InvalidInputException("status", "task.error.notOpen");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException("reason", "task.error.cancelReason");
        }
        if (tasks.cancel(actor.organizationId(), taskId, reason.strip(), version) == 0) {
            throw new StaleVersionException(ENTITY, taskId);
        }
        rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
        audit.action(actor, ENTITY, taskId, "cancelled", Map.of("reason", reason.strip()));
        return tasks.find(actor.organizationId(), taskId).orElseThrow();
    }

    /** For other modules: cancels their task (a condition that no longer applies). */
    @Transactional
    public Task cancelTask(Actor actor, long programId, long taskId, String reason) {
        return cancel(actor, programId, taskId, reason, get(actor, programId, taskId).version());
    }

    /** Opens a done or cancelled task again (its successors may move back). */
    @Transactional
    public Task reopen(Actor actor, long programId, long taskId, int version) {
        requireEditor(actor, programId, taskId);
        Program program = editableProgram(actor, programId);
        if (tasks.reopen(actor.organizationId(), taskId, version) == 0) {
            throw new StaleVersionException(ENTITY, taskId);
        }
        rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
        audit.action(actor, ENTITY, taskId, "reopened", Map.of());
        return tasks.find(actor.organizationId(), taskId).orElseThrow();
    }

    /** Stores an evidence file for the task, to be referred to when it is marked done. */
    @Transactional
    public long storeEvidence(Actor actor, long programId, long taskId, String name, String contentType, byte[] content) {
        requireUpdater(actor, programId, taskId);
        return files.store(actor.organizationId(), actor.userId(), name, contentType, content);
    }

    public record EvidenceFile(String name, String contentType, byte[] content) {
    }

    public EvidenceFile evidence(Actor actor, long programId, long taskId) {
        Task task = get(actor, programId, taskId);
        if (task.evidenceFileId() == null) {
            throw new NotFoundException("evidence", taskId);
        }
        var f = files.find(actor.organizationId(), task.evidenceFileId()).orElseThrow(() -> new NotFoundException("evidence", taskId));
        return new EvidenceFile(f.name(), f.contentType(), f.content());
    }

    /** Asks the other capabilities' guards (e.g. the head's green light for a serious change). */
    private void guard(Actor actor, Task task) {
        List<org.uptake.shared.error.Violation> refused = guards.orderedStream()
                .flatMap(g -> g.check(actor, task).stream()).toList();
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
    }

    /** Asks the guards whether the task may be marked done (a serious change needs the heads' green light). */
    private void guardCompletion(Actor actor, Task task) {
        List<org.uptake.shared.error.Violation> refused = guards.orderedStream()
                .flatMap(g -> g.checkCompletion(actor, task).stream()).toList();
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
    }

    /** Owners may update tasks of a program they cannot edit, but not in a closed program. */
    private Program editableOrOwned(Actor actor, long programId) {
        Program program = programs.access(actor, programId).program();
        if (program.status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        return program;
    }

    private void notifyOwner(Program program, Task task) {
        if (task.ownerPersonId() != null) {
            mail.assigned(program.organizationId(), program.id(), program.name(), Map.of(task.ownerPersonId(), List.of(task.title())));
        }
    }

    private static Map<String, Object> evidence(Completion c) {
        var map = new java.util.LinkedHashMap<String, Object>();
        if (c.note() != null && !c.note().isBlank()) {
            map.put("note", c.note().strip());
        }
        if (c.link() != null && !c.link().isBlank()) {
            map.put("link", c.link().strip());
        }
        if (c.fileId() != null) {
            map.put("file", c.fileId());
        }
        return map;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
