package org.uptake.report.backlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import org.uptake.support.Problem;
import org.uptake.support.ProblemService;

/**
 * The further-development backlog of a program: items entered by hand, from user feedback, or made from a
 * problem of the log (once per problem). The program's editors keep it; after the handover (in operation) the
 * line owner does too. Changes show in the backlog's history.
 */
@Service
public class BacklogService {

    public static final String ENTITY = "programBacklog";

    private final ProgramService programs;
    private final ProblemService problems;
    private final BacklogRepository items;
    private final AuditLog audit;

    BacklogService(ProgramService programs, ProblemService problems, BacklogRepository items, AuditLog audit) {
        this.programs = programs;
        this.problems = problems;
        this.items = items;
        this.audit = audit;
    }

    /** Editors until the program closes; in operation also the line owner, who took the backlog over. */
    public boolean edits(Actor actor, long programId) {
        return edits(programs.access(actor, programId));
    }

    static boolean edits(ProgramAccess a) {
        ProgramStatus s = a.program().status();
        return (a.edits() && s != ProgramStatus.CLOSED) || (a.has(ProgramRole.LINE_OWNER) && s == ProgramStatus.IN_OPERATION);
    }

    public Slice<BacklogItem> list(Actor actor, long programId, boolean openOnly, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        return Slice.of(items.page(actor.organizationId(), programId, openOnly, after == null ? Long.MAX_VALUE : after.id(),
                request.size() + 1), request.size(), i -> new Cursor("", i.id()));
    }

    public BacklogItem get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    private BacklogItem find(Actor actor, long programId, long id) {
        return items.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException("backlogItem", id));
    }

    @Transactional
    public BacklogItem create(Actor actor, long programId, BacklogForm form) {
        requireEditor(actor, programId);
        if (form.getSource() == null || form.getSource() == BacklogSource.PROBLEM) {
            form.setSource(BacklogSource.MANUAL);
        }
        form.setStatus(BacklogStatus.OPEN);
        check(form);
        return insert(actor, programId, form, null);
    }

    /** Makes a backlog item from a problem of the same program: its title, description and a priority from its severity. */
    @Transactional
    public BacklogItem fromProblem(Actor actor, long programId, Long problemId) {
        requireEditor(actor, programId);
        Problem p = problem(actor, programId, problemId);
        if (items.ofProblem(actor.organizationId(), programId, p.id()).isPresent()) {
            throw new InvalidInputException("problemId", "backlog.error.problemTaken");
        }
        var form = new BacklogForm();
        form.setTitle(p.title().length() > 300 ? p.title().substring(0, 300) : p.title());
        form.setDescription(p.description() == null || p.description().length() <= 4000 ? p.description() : p.description().substring(0, 4000));
        form.setSource(BacklogSource.PROBLEM);
        form.setPriority(switch (p.severity()) {
            case CRITICAL, HIGH -> BacklogPriority.HIGH;
            case MEDIUM -> BacklogPriority.MEDIUM;
            case LOW -> BacklogPriority.LOW;
        });
        return insert(actor, programId, form, p.id());
    }

    private Problem problem(Actor actor, long programId, Long problemId) {
        if (problemId == null) {
            throw new InvalidInputException("problemId", "backlog.error.problem");
        }
        try {
            Problem p = problems.get(actor, problemId);
            if (!Objects.equals(p.programId(), programId)) {
                throw new InvalidInputException("problemId", "backlog.error.problem");
            }
            return p;
        } catch (NotFoundException | ForbiddenException e) {
            throw new InvalidInputException("problemId", "backlog.error.problem");
        }
    }

    private BacklogItem insert(Actor actor, long programId, BacklogForm form, Long problemId) {
        long id = items.insert(actor.organizationId(), programId, form, problemId);
        BacklogItem created = find(actor, programId, id);
        audit.action(actor, ENTITY, programId, "item-added", Map.of("item", id, "title", created.title(),
                "source", created.source().name(), "priority", created.priority().name()));
        return created;
    }

    @Transactional
    public BacklogItem update(Actor actor, long programId, long id, BacklogForm form) {
        requireEditor(actor, programId);
        BacklogItem before = find(actor, programId, id);
        check(form);
        if (items.update(actor.organizationId(), programId, id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        BacklogItem after = find(actor, programId, id);
        audit.action(actor, ENTITY, programId, "item-changed", Map.of("item", id, "title", after.title(),
                "priority", List.of(before.priority().name(), after.priority().name()),
                "status", List.of(before.status().name(), after.status().name())));
        return after;
    }

    private static void check(BacklogForm f) {
        List<Violation> problems = new ArrayList<>();
        if (f.getTitle() == null || f.getTitle().length() > 300) {
            problems.add(Violation.of("title", "backlog.error.title"));
        }
        if (f.getDescription() != null && f.getDescription().length() > 4000) {
            problems.add(Violation.of("description", "backlog.error.description"));
        }
        if (f.getPriority() == null) {
            problems.add(Violation.of("priority", "backlog.error.priority"));
        }
        if (f.getStatus() == null) {
            problems.add(Violation.of("status", "backlog.error.status"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void requireEditor(Actor actor, long programId) {
        ProgramAccess access = programs.requireReader(actor, programId);
        if (!edits(access)) {
            if (access.program().status() == ProgramStatus.CLOSED && access.edits()) {
                throw new InvalidInputException(null, "program.error.closed");
            }
            throw new ForbiddenException("edit backlog");
        }
    }
}
