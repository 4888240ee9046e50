package org.uptake.shared.importing;

import java.util.ArrayList;
import java.util.List;
import org.uptake.shared.Actor;

/**
 * A file checked against one kind: every row mapped to a change, the whole-file checks done.
 * Holds what {@link ImportKind#load} read, so that {@link #apply} writes exactly what was checked.
 */
final class ImportPlan<S, R> {

    private final ImportKind<S, R> kind;
    private final ImportTable table;
    private final S loaded;
    private final List<RowChange<R>> changes;

    private ImportPlan(ImportKind<S, R> kind, ImportTable table, S loaded, List<RowChange<R>> changes) {
        this.kind = kind;
        this.table = table;
        this.loaded = loaded;
        this.changes = changes;
    }

    static <S, R> ImportPlan<S, R> check(Actor actor, ImportKind<S, R> kind, ImportTable table, ImportProgress progress) {
        S loaded = kind.load(actor, table);
        List<RowChange<R>> changes = new ArrayList<>(table.size());
        int sinceReport = 0;
        for (ImportRow row : table.rows()) {
            changes.add(kind.map(loaded, table, row));
            if (++sinceReport == 5_000) {
                progress.advance(sinceReport);
                sinceReport = 0;
            }
        }
        kind.checkFile(loaded, table, changes);
        progress.advance(sinceReport);
        return new ImportPlan<>(kind, table, loaded, changes);
    }

    void apply(Actor actor, ImportProgress progress) {
        kind.apply(actor, loaded, changes, progress);
    }

    CheckOutcome outcome() {
        int creates = 0;
        int updates = 0;
        int unchanged = 0;
        int errors = 0;
        List<ImportProblem> problems = new ArrayList<>();
        int problemCount = 0;
        List<PreviewRow> preview = new ArrayList<>();
        for (RowChange<R> c : changes) {
            ImportAction action = c.action();
            switch (action) {
                case CREATE -> creates++;
                case UPDATE -> updates++;
                case UNCHANGED -> unchanged++;
                case ERROR -> errors++;
            }
            for (ImportProblem p : c.row().problems()) {
                problemCount++;
                if (problems.size() < CheckOutcome.MAX_PROBLEMS) {
                    problems.add(p);
                }
            }
            if (preview.size() < CheckOutcome.MAX_PREVIEW) {
                preview.add(new PreviewRow(c.row().line(), action, c.key(), c.changed()));
            }
        }
        return new CheckOutcome(table.format(), table.encoding(), table.separator(), table.size(), creates, updates,
                unchanged, errors, problemCount > problems.size(), problems, preview);
    }
}
