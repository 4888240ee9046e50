package org.uptake.shared.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The whole-file check every kind needs: the same key on two rows refuses the later row, naming the first. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /**
     * Rejects each row whose key (as {@code keyOf} gives it; {@code null} means none) already
     * appeared on an earlier row, with {@code import.error.duplicate} naming the earlier row.
     */
    public static <R> void reject(List<RowChange<R>> changes, String column, Function<RowChange<R>, String> keyOf) {
        Map<String, Integer> firstRow = new HashMap<>(changes.size() * 2);
        for (RowChange<R> change : changes) {
            String key = keyOf.apply(change);
            if (key == null) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(key, change.row().line());
            if (first != null) {
                change.reject(column, "import.error.duplicate", first);
            }
        }
    }
}
