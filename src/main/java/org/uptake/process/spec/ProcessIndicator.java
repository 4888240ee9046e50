package org.uptake.process.spec;

import java.util.List;

/**
 * A measure of how well one goal is reached, with one or more ways of measuring it; "any one of
 * them or a combination may be used" (seed 002 lines 303-311).
 * <p>The seam for KPIs: the measure module (which may depend on this one, never the reverse) links a
 * KPI to an indicator by this id, reads indicators through {@code SpecificationService}, and follows
 * their removal through {@link SpecificationChanged}; nothing here refers to measures.
 */
public record ProcessIndicator(long id, long processId, long goalId, String name, List<String> methods, int sortOrder,
                               int version) {

    public ProcessIndicator {
        methods = List.copyOf(methods);
    }

    /** The methods one per line, as a page's text area shows them. */
    public String methodsText() {
        return String.join("\n", methods);
    }
}
