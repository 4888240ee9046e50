package org.uptake.shared.paging;

/** What a list was asked for: an optional search text, the cursor to continue after, a page size. */
public record PageRequest(String search, String after, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > 200) {
            search = search.substring(0, 200);
        }
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageRequest first(int size) {
        return new PageRequest(null, null, size);
    }

    public Cursor cursor() {
        return Cursor.decode(after);
    }

    /** The search text as a LIKE pattern with its wildcards escaped, or {@code null}. */
    public String likePattern() {
        if (search == null) {
            return null;
        }
        String escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
