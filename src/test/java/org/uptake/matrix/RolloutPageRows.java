package org.uptake.matrix;

import java.util.List;

/** Matrix rows of the rollout's pages (program tabs, wave and unit gate pages). */
final class RolloutPageRows {

    private RolloutPageRows() {
    }

    static List<Endpoint> all() {
        return List.of();
    }
}
