package org.uptake.engagement.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's units by id with their materialised paths, to add each unit's own figures to all
 * its ancestors in memory: one pass over the groups instead of a subtree query per unit.
 */
final class UnitTree {

    record Node(long id, Long parentId, String path, String name) {
    }

    private final Map<Long, Node> nodes = new HashMap<>();

    UnitTree(List<Node> all) {
        all.forEach(n -> nodes.put(n.id(), n));
    }

    Node node(long id) {
        return nodes.get(id);
    }

    /** The unit and every unit above it, read off its path ("/1/7/42/" → 1, 7, 42). */
    List<Long> selfAndAncestors(long unitId) {
        Node n = nodes.get(unitId);
        if (n == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : n.path().split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    /** Each unit's own figures summed into the unit and all its ancestors. */
    <T> Map<Long, T> rollUp(Map<Long, T> own, java.util.function.BinaryOperator<T> plus) {
        Map<Long, T> subtree = new HashMap<>();
        own.forEach((unitId, value) -> {
            for (Long id : selfAndAncestors(unitId)) {
                subtree.merge(id, value, plus);
            }
        });
        return subtree;
    }
}
