package org.uptake.access;

import java.util.List;

/** What a token may do: read (GET) or write (everything else). Later capabilities add narrower scopes. */
public enum TokenScope {
    READ("read"), WRITE("write"), ADOPTION("adoption");

    private final String value;

    TokenScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static List<String> values(List<String> requested) {
        return requested.stream().map(String::toLowerCase).filter(v -> {
            for (TokenScope s : values()) {
                if (s.value.equals(v)) {
                    return true;
                }
            }
            return false;
        }).distinct().toList();
    }
}
