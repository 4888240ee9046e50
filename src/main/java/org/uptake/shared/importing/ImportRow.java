package org.uptake.shared.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One data row of an import file, its values already trimmed (an empty cell is {@code null}).
 * The checks below record a problem on the row instead of throwing, so one pass over the file
 * finds every mistake at once.
 */
public final class ImportRow {

    private final int line;
    private final String[] values;
    private final ImportTable table;
    private List<ImportProblem> problems;

    ImportRow(int line, String[] values, ImportTable table) {
        this.line = line;
        this.values = values;
        this.table = table;
    }

    /** The row number as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
    public int line() {
        return line;
    }

    /** The cell of a declared column, or {@code null} when empty or when the file has no such column. */
    public String get(String column) {
        return values[table.indexOf(column)];
    }

    /** The cell, or a "required" problem when it is empty. */
    public String required(String column) {
        String v = get(column);
        if (v == null) {
            reject(column, "import.error.required");
        }
        return v;
    }

    /** The cell, with a problem when it is longer than {@code max} characters. */
    public String text(String column, int max) {
        String v = get(column);
        if (v != null && v.length() > max) {
            reject(column, "import.error.tooLong", max);
        }
        return v;
    }

    /** The cell as one of the enum's names (case-insensitive), or {@code fallback} when empty. */
    public <E extends Enum<E>> E choice(String column, Class<E> type, E fallback) {
        String v = get(column);
        if (v == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            reject(column, "import.error.choice", String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return fallback;
        }
    }

    /** Records a problem with this row's value of the column. */
    public void reject(String column, String code, Object... args) {
        String value = column == null || !table.declares(column) ? null : get(column);
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(new ImportProblem(line, column, value, code, List.of(args)));
    }

    public boolean hasProblems() {
        return problems != null;
    }

    public List<ImportProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
