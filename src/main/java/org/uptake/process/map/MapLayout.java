package org.uptake.process.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the map's boxes on a grid: each level-1 process heads a column whose level-2 boxes stand
 * in sub-columns of at most {@code rows}; columns wrap into bands no wider than {@link #TARGET_WIDTH}.
 * Every box has its own cell and labels are cut to their box, so nothing overlaps at any size. The
 * number of rows per sub-column is chosen to make the whole map as compact as possible.
 */
final class MapLayout {

    static final int BOX_WIDTH = 200;
    static final int BOX_HEIGHT = 40;
    static final int HEADER_HEIGHT = 48;
    static final int GAP = 12;
    static final int COLUMN_GAP = 40;
    static final int BAND_GAP = 48;
    static final int MARGIN = 24;
    static final int TARGET_WIDTH = 1900;

    /** A level-1 process and its level-2 sub-processes, in the catalog's order. */
    record Column(MapRepository.MapRow head, List<MapRepository.MapRow> children, boolean collapsed) {
    }

    private MapLayout() {
    }

    static ProcessMap layout(List<Column> columns, List<ProcessMap.Link> links) {
        int maxChildren = columns.stream().mapToInt(c -> c.collapsed() ? 0 : c.children().size()).max().orElse(0);
        ProcessMap best = null;
        for (int rows = 4; rows <= Math.max(4, Math.min(40, maxChildren)); rows++) {
            ProcessMap candidate = place(columns, links, rows);
            if (best == null || (long) candidate.width() * candidate.height() < (long) best.width() * best.height()) {
                best = candidate;
            }
        }
        return best == null ? new ProcessMap(List.of(), links, 2 * MARGIN, 2 * MARGIN) : best;
    }

    private static ProcessMap place(List<Column> columns, List<ProcessMap.Link> links, int rows) {
        List<ProcessMap.Node> nodes = new ArrayList<>();
        int x = MARGIN;
        int bandTop = MARGIN;
        int bandHeight = 0;
        int width = 0;
        for (Column column : columns) {
            int shown = column.collapsed() ? 0 : column.children().size();
            int subColumns = Math.max(1, (shown + rows - 1) / rows);
            int columnWidth = subColumns * BOX_WIDTH + (subColumns - 1) * GAP;
            int columnRows = Math.min(rows, shown);
            int columnHeight = HEADER_HEIGHT + (columnRows == 0 ? 0 : GAP + columnRows * (BOX_HEIGHT + GAP) - GAP);
            if (x > MARGIN && x + columnWidth > TARGET_WIDTH - MARGIN) {
                x = MARGIN;
                bandTop += bandHeight + BAND_GAP;
                bandHeight = 0;
            }
            MapRepository.MapRow head = column.head();
            nodes.add(node(head, column.children().size(), column.collapsed(), x, bandTop, columnWidth, HEADER_HEIGHT));
            for (int i = 0; i < shown; i++) {
                MapRepository.MapRow child = column.children().get(i);
                int cx = x + (i / rows) * (BOX_WIDTH + GAP);
                int cy = bandTop + HEADER_HEIGHT + GAP + (i % rows) * (BOX_HEIGHT + GAP);
                nodes.add(node(child, child.children(), false, cx, cy, BOX_WIDTH, BOX_HEIGHT));
            }
            width = Math.max(width, x + columnWidth);
            bandHeight = Math.max(bandHeight, columnHeight);
            x += columnWidth + COLUMN_GAP;
        }
        return new ProcessMap(nodes, visible(nodes, parents(columns), links), width + MARGIN, bandTop + bandHeight + MARGIN);
    }

    private static ProcessMap.Node node(MapRepository.MapRow row, int children, boolean collapsed, int x, int y, int w, int h) {
        return new ProcessMap.Node(row.id(), row.parentId(), row.level(), row.code(), row.name(), row.status(),
                row.completeness(), children, collapsed, x, y, w, h);
    }

    private static Map<Long, Long> parents(List<Column> columns) {
        Map<Long, Long> parents = new java.util.HashMap<>();
        columns.forEach(c -> c.children().forEach(child -> parents.put(child.id(), c.head().id())));
        return parents;
    }

    /** Relations of a hidden sub-process are drawn from or to its level-1 process instead; loops vanish. */
    private static List<ProcessMap.Link> visible(List<ProcessMap.Node> nodes, Map<Long, Long> parents,
                                                 List<ProcessMap.Link> links) {
        java.util.Set<Long> shown = new java.util.HashSet<>();
        nodes.forEach(n -> shown.add(n.id()));
        Map<String, ProcessMap.Link> merged = new LinkedHashMap<>();
        for (ProcessMap.Link l : links) {
            Long source = shown.contains(l.source()) ? Long.valueOf(l.source()) : parents.get(l.source());
            Long target = shown.contains(l.target()) ? Long.valueOf(l.target()) : parents.get(l.target());
            if (source == null || target == null || source.equals(target)) {
                continue;
            }
            merged.merge(source + ">" + target, new ProcessMap.Link(source, target, l.resources()),
                    (a, b) -> new ProcessMap.Link(a.source(), a.target(), a.resources() + "; " + b.resources()));
        }
        return List.copyOf(merged.values());
    }
}
