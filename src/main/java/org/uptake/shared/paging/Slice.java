package org.uptake.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list: the rows and the cursor of the next page ({@code null}
 * on the last page). Keyset paging keeps a page's cost flat however large the organisation is.
 */
public record Slice<T>(List<T> items, String next) {

    public boolean hasNext() {
        return next != null;
    }

    /**
     * Builds a slice from a query that fetched {@code size + 1} rows: the extra row only tells
     * that there is a next page.
     */
    public static <T> Slice<T> of(List<T> fetched, int size, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= size) {
            return new Slice<>(fetched, null);
        }
        List<T> page = fetched.subList(0, size);
        return new Slice<>(List.copyOf(page), cursorOf.apply(page.get(size - 1)).encode());
    }

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), next);
    }
}
