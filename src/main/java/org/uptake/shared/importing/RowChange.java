package org.uptake.shared.importing;

import java.util.List;

/**
 * What one row would do: create a record, update an existing one (naming the columns that
 * change), leave it unchanged — or nothing, when the row has problems. {@code R} is the kind's
 * own description of the record the row asks for.
 */
public final class RowChange<R> {

    private final ImportRow row;
    private final ImportAction action;
    private final String key;
    private final Long existingId;
    private final R record;
    private final List<String> changed;

    private RowChange(ImportRow row, ImportAction action, String key, Long existingId, R record, List<String> changed) {
        this.row = row;
        this.action = action;
        this.key = key;
        this.existingId = existingId;
        this.record = record;
        this.changed = List.copyOf(changed);
    }

    public static <R> RowChange<R> create(ImportRow row, String key, R record) {
        return new RowChange<>(row, ImportAction.CREATE, key, null, record, List.of());
    }

    public static <R> RowChange<R> update(ImportRow row, String key, long existingId, R record, List<String> changedColumns) {
        if (changedColumns.isEmpty()) {
            return unchanged(row, key, existingId, record);
        }
        return new RowChange<>(row, ImportAction.UPDATE, key, existingId, record, changedColumns);
    }

    public static <R> RowChange<R> unchanged(ImportRow row, String key, long existingId, R record) {
        return new RowChange<>(row, ImportAction.UNCHANGED, key, existingId, record, List.of());
    }

    /** A row whose problems keep it from describing a record at all. */
    public static <R> RowChange<R> rejected(ImportRow row, String key) {
        return new RowChange<>(row, ImportAction.ERROR, key, null, null, List.of());
    }

    /** ERROR as soon as the row has a problem, whatever it would otherwise do. */
    public ImportAction action() {
        return row.hasProblems() ? ImportAction.ERROR : action;
    }

    /** The action the row asks for, problems or not (a duplicate check needs to know which rows create). */
    public ImportAction intended() {
        return action;
    }

    public void reject(String column, String code, Object... args) {
        row.reject(column, code, args);
    }

    public ImportRow row() {
        return row;
    }

    /** The row's external key as the preview shows it (a code, an employee number…). */
    public String key() {
        return key;
    }

    public Long existingId() {
        return existingId;
    }

    public R record() {
        return record;
    }

    public List<String> changed() {
        return changed;
    }

    public boolean is(ImportAction wanted) {
        return action() == wanted;
    }
}
