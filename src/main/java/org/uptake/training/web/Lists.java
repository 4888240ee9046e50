package org.uptake.training.web;

import java.util.Arrays;
import java.util.List;

/** Turns the pages' free-text list fields (one aspect per line, comma-separated ids) into lists. */
final class Lists {

    private Lists() {
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n,;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<Long> ids(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).toList();
    }
}
