package org.uptake.process.raci;

import java.util.List;
import java.util.Map;

/**
 * Processes × positions. A (accountable) is the owner and R (responsible) the executors, both taken
 * from the specifications; C (consulted) and I (informed) are set here. A position that both owns
 * and executes a process is "A/R".
 */
public record RaciMatrix(Row root, List<Row> rows, List<Column> columns, Map<String, String> cells, int columnPage,
                         int columnPages, int columnCount) {

    /** Positions shown at a time: a level-1 process with a hundred sub-processes can involve hundreds of positions. */
    public static final int COLUMNS_PER_PAGE = 30;

    public record Row(long id, String name, int level, boolean mayEdit) {
    }

    public record Column(long id, String title) {
    }

    public String cell(long processId, long positionId) {
        return cells.getOrDefault(processId + ":" + positionId, "");
    }

    /** Whether the cell comes from the specification (owner or executor) rather than from this matrix. */
    public boolean derived(long processId, long positionId) {
        String v = cell(processId, positionId);
        return v.contains("A") || v.contains("R");
    }
}
