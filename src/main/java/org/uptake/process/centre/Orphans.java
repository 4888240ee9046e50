package org.uptake.process.centre;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the "ownerless" branches of the catalog (seed 002 line 218): a process is served when a
 * centre serves it or a process above it; a branch is ownerless when nothing in it is served. Only
 * the top of each such branch is listed, so a 2,000-process catalog without centres lists its
 * level-1 processes rather than two thousand lines.
 */
final class Orphans {

    record Line(long id, Long parentId, String name, int level) {
    }

    private Orphans() {
    }

    /** {@code lines} must come parents first (catalog order). */
    static List<OrphanProcess> find(List<Line> lines, Set<Long> served, int limit) {
        Map<Long, Line> byId = new HashMap<>();
        Set<Long> coveredUp = new HashSet<>();
        for (Line l : lines) {
            byId.put(l.id(), l);
            if (served.contains(l.id()) || (l.parentId() != null && coveredUp.contains(l.parentId()))) {
                coveredUp.add(l.id());
            }
        }
        Set<Long> servedBelow = new HashSet<>();
        Map<Long, Long> size = new HashMap<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            size.merge(l.id(), 1L, Long::sum);
            if (l.parentId() != null) {
                size.merge(l.parentId(), size.get(l.id()), Long::sum);
                if (served.contains(l.id()) || servedBelow.contains(l.id())) {
                    servedBelow.add(l.parentId());
                }
            }
        }
        List<OrphanProcess> out = new ArrayList<>();
        for (Line l : lines) {
            boolean unservedBranch = !coveredUp.contains(l.id()) && !servedBelow.contains(l.id());
            boolean top = l.parentId() == null || servedBelow.contains(l.parentId()) || !byId.containsKey(l.parentId());
            if (unservedBranch && top && out.size() < limit) {
                out.add(new OrphanProcess(l.id(), l.name(), l.level(), size.get(l.id()) - 1));
            }
        }
        return out;
    }
}
