package org.uptake.program.gantt;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/** The plan as a filtered list (phase, owner, status, overdue), by start date, keyset-paginated. */
@Service
public class TaskListService {

    private final ProgramService programs;
    private final TaskListRepository tasks;

    TaskListService(ProgramService programs, TaskListRepository tasks) {
        this.programs = programs;
        this.tasks = tasks;
    }

    public Slice<PlanRow> list(Actor actor, long programId, TaskFilter filter, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        LocalDate afterDate = after == null ? null : date(after.key());
        List<PlanRow> rows = tasks.page(actor.organizationId(), programId, filter, afterDate, after == null ? 0 : after.id(),
                request.size() + 1);
        return Slice.of(rows, request.size(), r -> new Cursor(r.plannedStart().toString(), r.id()));
    }

    /** A cursor whose date was tampered with starts from the beginning rather than failing. */
    private static LocalDate date(String key) {
        try {
            return LocalDate.parse(key);
        } catch (RuntimeException tampered) {
            return null;
        }
    }
}
