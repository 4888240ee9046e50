package org.uptake.shared.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/**
 * A file matched with a kind's columns: which columns it has and its data rows. Missing
 * required columns, unknown columns and repeated columns refuse the whole file, with every such
 * problem named at once.
 */
public final class ImportTable {

    /** Beyond this a file is refused: split it. Keeps memory bounded whatever the upload holds. */
    public static final int MAX_ROWS = 200_000;

    private final Map<String, Integer> index = new HashMap<>();
    private final Set<String> present = new HashSet<>();
    private final List<ImportRow> rows;
    private final String format;
    private final String encoding;
    private final String separator;

    private ImportTable(RawTable raw, List<ImportColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i);
        }
        this.format = raw.format();
        this.encoding = raw.encoding();
        this.separator = raw.separator();
        this.rows = new ArrayList<>(raw.rows().size());
    }

    static ImportTable of(RawTable raw, List<ImportColumn> columns) {
        var table = new ImportTable(raw, columns);
        int[] positions = table.matchHeader(raw.header(), columns);
        for (RawTable.RawRow r : raw.rows()) {
            table.addRow(r, positions, columns.size());
        }
        if (table.rows.isEmpty()) {
            throw new InvalidInputException("file", "import.error.noRows");
        }
        return table;
    }

    /** For each header cell, the index of the kind's column it names. */
    private int[] matchHeader(List<String> header, List<ImportColumn> columns) {
        Map<String, ImportColumn> byNormalName = new HashMap<>();
        columns.forEach(c -> byNormalName.put(ImportColumn.normalise(c.name()), c));
        List<Violation> problems = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        int[] positions = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i).strip();
            ImportColumn column = byNormalName.get(ImportColumn.normalise(cell));
            if (column == null) {
                positions[i] = -1;
                if (!cell.isEmpty()) {
                    unknown.add(cell);
                }
            } else if (!present.add(column.name())) {
                problems.add(Violation.of("file", "import.error.repeatedColumn", column.name()));
            } else {
                positions[i] = index.get(column.name());
            }
        }
        List<String> missing = columns.stream().filter(c -> c.required() && !present.contains(c.name()))
                .map(ImportColumn::name).toList();
        if (!missing.isEmpty()) {
            problems.add(Violation.of("file", "import.error.missingColumns", String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            problems.add(Violation.of("file", "import.error.unknownColumns", String.join(", ", unknown),
                    String.join(", ", columns.stream().map(ImportColumn::name).toList())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return positions;
    }

    private void addRow(RawTable.RawRow raw, int[] positions, int width) {
        String[] values = new String[width];
        boolean any = false;
        boolean stray = false;
        String[] cells = raw.cells();
        for (int i = 0; i < cells.length; i++) {
            String v = clean(cells[i]);
            if (v == null) {
                continue;
            }
            if (i >= positions.length || positions[i] < 0) {
                stray = true;
            } else {
                values[positions[i]] = v;
            }
            any = true;
        }
        if (!any) {
            return; // blank lines (often at the end of a file) are not rows
        }
        var row = new ImportRow(raw.line(), values, this);
        if (stray) {
            row.reject(null, "import.error.cellWithoutHeader");
        }
        rows.add(row);
    }

    /**
     * Trims the cell; an empty one is {@code null}. A leading apostrophe before {@code = + - @}
     * is dropped: it is how Uptake's own exports neutralise formulas, so exported files import back as they were.
     */
    static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String v = cell.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0) {
            return v.substring(1);
        }
        return v;
    }

    int indexOf(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("Column " + column + " is not declared by this import kind");
        }
        return i;
    }

    boolean declares(String column) {
        return index.containsKey(column);
    }

    /** Whether the file has the column: a column left out keeps existing values, an empty cell clears them. */
    public boolean has(String column) {
        return present.contains(column);
    }

    public List<ImportRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int size() {
        return rows.size();
    }

    public String format() {
        return format;
    }

    public String encoding() {
        return encoding;
    }

    public String separator() {
        return separator;
    }
}
