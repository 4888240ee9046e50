package org.uptake.process.raci;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.position.PositionService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;

/**
 * The RACI matrix of one level-1 process and its sub-processes. It is pre-filled from the
 * specifications (owner = accountable, executors = responsible); consulted and informed are edited
 * by whoever may edit the process. Setting a cell is idempotent: the same request twice changes nothing.
 */
@Service
public class RaciService {

    static final int MAX_ROWS = 300;

    private final RaciRepository raci;
    private final ProcessService processes;
    private final PositionService positions;
    private final AuditLog audit;

    RaciService(RaciRepository raci, ProcessService processes, PositionService positions, AuditLog audit) {
        this.raci = raci;
        this.processes = processes;
        this.positions = positions;
        this.audit = audit;
    }

    /** The matrix of a process and its sub-processes (the first level-1 process when none is given). */
    public RaciMatrix matrix(Actor actor, Long rootId) {
        return matrix(actor, rootId, 0);
    }

    /** One page of positions (columns) of the matrix; rows are the root and all its sub-processes. */
    public RaciMatrix matrix(Actor actor, Long rootId, int columnPage) {
        Long id = rootId != null ? rootId : raci.firstTopLevel(actor.organizationId()).orElse(null);
        if (id == null) {
            return new RaciMatrix(null, List.of(), List.of(), Map.of(), 0, 0, 0);
        }
        Process root = processes.get(actor, id);
        // The root and its direct sub-processes: a level-2 row opens the matrix of its own sub-processes.
        var lines = raci.subtree(actor.organizationId(), root.path(), root.level() + 1, MAX_ROWS);
        Map<String, String> cells = new HashMap<>();
        Set<Long> columnIds = new LinkedHashSet<>();
        for (var line : lines) {
            if (line.ownerPositionId() != null) {
                cells.merge(line.id() + ":" + line.ownerPositionId(), "A", RaciService::join);
                columnIds.add(line.ownerPositionId());
            }
        }
        for (var a : raci.assignments(actor.organizationId(), lines.stream().map(RaciRepository.ProcessLine::id).toList())) {
            cells.merge(a.processId() + ":" + a.positionId(), a.role(), RaciService::join);
            columnIds.add(a.positionId());
        }
        boolean architect = processes.mayShape(actor);
        Long held = architect ? null : processes.ownerPositionOf(actor);
        List<RaciMatrix.Row> rows = new ArrayList<>();
        for (var line : lines) {
            boolean owner = held != null && held.equals(line.ownerPositionId());
            rows.add(new RaciMatrix.Row(line.id(), line.name(), line.level(), architect || owner));
        }
        RaciMatrix.Row rootRow = rows.isEmpty() ? null : rows.getFirst();
        List<RaciMatrix.Column> columns = raci.positions(actor.organizationId(), columnIds);
        int pages = Math.max(1, (columns.size() + RaciMatrix.COLUMNS_PER_PAGE - 1) / RaciMatrix.COLUMNS_PER_PAGE);
        int page = Math.max(0, Math.min(columnPage, pages - 1));
        List<RaciMatrix.Column> shown = columns.subList(page * RaciMatrix.COLUMNS_PER_PAGE,
                Math.min(columns.size(), (page + 1) * RaciMatrix.COLUMNS_PER_PAGE));
        return new RaciMatrix(rootRow, rows, List.copyOf(shown), cells, page, pages, columns.size());
    }

    private static String join(String a, String b) {
        return a.equals(b) ? a : (a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a);
    }

    /** Sets C or I (or clears the cell); owner and executors are changed in the specification, not here. */
    @Transactional
    public void set(Actor actor, RaciForm form) {
        Process process = processes.requireEditor(actor, form.getProcessId());
        try {
            positions.get(actor, form.getPositionId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("positionId", "process.error.positionUnknown");
        }
        if (Objects.equals(process.ownerPositionId(), form.getPositionId()) || raci.isExecutor(process.id(), form.getPositionId())) {
            throw new InvalidInputException("role", "process.raci.error.derived");
        }
        String before = raci.role(process.id(), form.getPositionId()).orElse("");
        if (before.equals(form.getRole())) {
            return;
        }
        if (form.getRole().isEmpty()) {
            raci.clear(actor.organizationId(), process.id(), form.getPositionId());
        } else {
            raci.set(actor.organizationId(), process.id(), form.getPositionId(), form.getRole());
        }
        audit.action(actor, ProcessService.ENTITY, process.id(), "raci",
                Map.of("position", form.getPositionId(), "role", List.of(before, form.getRole())));
    }
}
