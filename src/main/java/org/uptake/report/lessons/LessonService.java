package org.uptake.report.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * The lessons learned register. A lesson is recorded in a program's evaluation by its editors and tagged with
 * the program's playbook; the register lists every lesson the actor may read, and a program that starts from
 * the same playbook is offered the lessons of the earlier ones.
 */
@Service
public class LessonService {

    /** Lessons are part of the program's evaluation: their changes show in the evaluation's history. */
    public static final String ENTITY = "programEvaluation";

    private final ProgramService programs;
    private final LessonRepository lessons;
    private final AuditLog audit;

    LessonService(ProgramService programs, LessonRepository lessons, AuditLog audit) {
        this.programs = programs;
        this.lessons = lessons;
        this.audit = audit;
    }

    public List<Lesson> ofProgram(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return lessons.ofProgram(actor.organizationId(), programId);
    }

    /** The register, newest first: the whole organisation's for those who read it, otherwise the actor's programs'. */
    public Slice<Lesson> register(Actor actor, Long playbookId, PageRequest request) {
        Cursor after = request.cursor();
        return Slice.of(lessons.page(actor.organizationId(), memberFilter(actor), playbookId, null,
                after == null ? Long.MAX_VALUE : after.id(), request.size() + 1), request.size(), l -> new Cursor("", l.id()));
    }

    /** A playbook lessons came from, as the register's filter offers it. */
    public record PlaybookChoice(long id, String name) {
    }

    public List<PlaybookChoice> playbooks(Actor actor) {
        return lessons.playbooks(actor.organizationId(), memberFilter(actor));
    }

    /** Lessons of other programs that came from the same playbook: what a new program is offered. */
    public List<Lesson> offeredFor(Actor actor, long playbookId, Long excludeProgramId, int limit) {
        return lessons.page(actor.organizationId(), memberFilter(actor), playbookId, excludeProgramId, Long.MAX_VALUE, limit);
    }

    private static Long memberFilter(Actor actor) {
        return actor.readsWholeOrganization() ? null : actor.personId() == null ? -1L : actor.personId();
    }

    @Transactional
    public Lesson add(Actor actor, long programId, LessonForm form) {
        Program program = requireEditor(actor, programId);
        List<Violation> problems = new ArrayList<>();
        if (form.getKind() == null) {
            problems.add(Violation.of("kind", "lesson.error.kind"));
        }
        if (form.getTitle() == null || form.getTitle().length() > 300) {
            problems.add(Violation.of("title", "lesson.error.title"));
        }
        if (form.getAdvice() == null || form.getAdvice().length() > 4000) {
            problems.add(Violation.of("advice", "lesson.error.advice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = lessons.insert(actor.organizationId(), programId, program.playbookId(), form);
        audit.action(actor, ENTITY, programId, "lesson-added", Map.of("kind", form.getKind().name(), "title", form.getTitle()));
        return lessons.find(actor.organizationId(), programId, id).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long programId, long id) {
        requireEditor(actor, programId);
        Lesson before = lessons.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException("lesson", id));
        lessons.delete(actor.organizationId(), programId, id);
        audit.action(actor, ENTITY, programId, "lesson-removed", Map.of("title", before.title()));
    }

    public boolean edits(Actor actor, long programId) {
        var access = programs.access(actor, programId);
        return access.edits() && access.program().status() != ProgramStatus.CLOSED;
    }

    private Program requireEditor(Actor actor, long programId) {
        Program program = programs.requireEditor(actor, programId).program();
        if (program.status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        return program;
    }
}
