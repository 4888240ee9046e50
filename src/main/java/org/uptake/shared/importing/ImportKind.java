package org.uptake.shared.importing;

import java.util.List;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * A kind of record that can be imported. A module adds one by declaring a Spring bean that
 * implements this interface; upload, reading CSV/XLSX, the preview, the error report, the
 * template, the progress bar and the all-or-nothing apply come from the mechanism.
 *
 * <p>The mechanism calls, in one pass and in this order: {@link #load} once, {@link #map} for every
 * row, {@link #checkFile} once with every row mapped. If no row has a problem, {@link #apply} may
 * follow — always after the same three steps have run again inside the apply's transaction, so a
 * preview that went stale in the meantime can never write.
 *
 * <p>Texts come from the declaring module's bundle by convention: {@code import.kind.<key>} (the
 * kind's name), {@code import.kind.<key>.hint} (how rows are matched), {@code import.<key>.<column>}
 * (each column's description).
 *
 * @param <S> what the kind reads once per file: existing records by key, codes of referenced records
 * @param <R> the kind's description of the record a row asks for
 */
public interface ImportKind<S, R> {

    /** The kind's name in URLs and files: {@code people}, {@code units}… */
    String key();

    /** The columns a file may have, in template order. */
    List<ImportColumn> columns();

    /** The columns that identify an existing record (tried in order), shown on the upload page. */
    List<String> keyColumns();

    /** Who may import this kind; admins by default. */
    default void authorize(Actor actor) {
        actor.require("import " + key(), Role.ADMIN);
    }

    /** Reads what the rows will be compared with and refer to, set-based (a few queries, never one per row). */
    S load(Actor actor, ImportTable table);

    /** Turns one row into a change; problems of the row's own values are recorded on the row. */
    RowChange<R> map(S loaded, ImportTable table, ImportRow row);

    /** Checks the file as a whole with every row mapped: duplicates, references between rows, cycles. */
    void checkFile(S loaded, ImportTable table, List<RowChange<R>> changes);

    /**
     * Writes every change in bulk. Runs inside the import's one transaction, only when no row has
     * a problem; writes an audit entry per changed record. Throwing rolls everything back.
     */
    void apply(Actor actor, S loaded, List<RowChange<R>> changes, ImportProgress progress);
}
