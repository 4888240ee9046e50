package org.uptake.governance.markup;

import java.util.Map;
import java.util.Set;

/**
 * The placeholders a template may use: single values ({@code organization.name}) and lists that an
 * element repeats with {@code data-each="members"}, whose items are named by a prefix
 * ({@code member.name}). When {@code freeFields} is true, {@code field.<name>} placeholders are
 * accepted too: values the author of a document types in (the city of issue, a deadline).
 */
public record MarkupVocabulary(Set<String> values, Map<String, Each> lists, boolean freeFields) {

    public MarkupVocabulary {
        values = Set.copyOf(values);
        lists = Map.copyOf(lists);
    }

    /** A repeated list: its name in {@code data-each}, the prefix of its items' placeholders and their names. */
    public record Each(String item, Set<String> names) {
        public Each {
            names = Set.copyOf(names);
        }
    }

    boolean knows(String placeholder, Each scope) {
        if (values.contains(placeholder)) {
            return true;
        }
        if (freeFields && placeholder.matches("field\\.[a-z][a-zA-Z0-9]{0,40}")) {
            return true;
        }
        if (scope != null && placeholder.startsWith(scope.item() + ".")) {
            return scope.names().contains(placeholder.substring(scope.item().length() + 1));
        }
        return false;
    }
}
