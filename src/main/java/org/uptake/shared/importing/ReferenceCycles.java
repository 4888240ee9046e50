package org.uptake.shared.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds cycles in "each node points to at most one other" graphs — a unit's parent, a person's
 * manager — after a file's changes are laid over the existing data. Linear in the number of nodes.
 */
public final class ReferenceCycles {

    private ReferenceCycles() {
    }

    /**
     * Every cycle reachable from {@code starts}, each as its nodes in order (A → B → C, where C
     * points back to A). {@code parentOf} answers {@code null} for a root.
     */
    public static <K> List<List<K>> find(Iterable<K> starts, java.util.function.Function<K, K> parentOf) {
        Map<K, Integer> state = new HashMap<>(); // 1 = on the current walk, 2 = known to end at a root or a found cycle
        List<List<K>> cycles = new ArrayList<>();
        for (K start : starts) {
            List<K> walk = new ArrayList<>();
            K node = start;
            while (node != null && !state.containsKey(node)) {
                state.put(node, 1);
                walk.add(node);
                node = parentOf.apply(node);
            }
            if (node != null && state.get(node) == 1) {
                cycles.add(List.copyOf(walk.subList(walk.indexOf(node), walk.size())));
            }
            walk.forEach(k -> state.put(k, 2));
        }
        return cycles;
    }
}
