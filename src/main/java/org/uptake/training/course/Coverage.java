package org.uptake.training.course;

import java.util.List;

/** The aspects of the new system the program wants taught and those no course covers yet. */
public record Coverage(List<String> aspects, List<String> uncovered) {

    public boolean complete() {
        return !aspects.isEmpty() && uncovered.isEmpty();
    }
}
