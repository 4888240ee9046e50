package org.uptake.governance.markup;

import java.util.List;
import java.util.Map;

/**
 * What fills a template: single values by placeholder and, per list name, the items — each a map
 * from full placeholder names ({@code member.name}) to values. A missing value prints as empty text.
 */
public record MarkupValues(Map<String, String> values, Map<String, List<Map<String, String>>> lists) {

    public MarkupValues {
        values = Map.copyOf(values);
        lists = Map.copyOf(lists);
    }
}
