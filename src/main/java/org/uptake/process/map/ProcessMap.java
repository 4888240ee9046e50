package org.uptake.process.map;

import java.util.List;

/**
 * The process map as drawn: level-1 processes (green) heading columns of their level-2
 * sub-processes (yellow), and the relations where one process's results are another's resources.
 * Coordinates are pixels at scale 1, top-left corner of each box; boxes never overlap.
 */
public record ProcessMap(List<Node> nodes, List<Link> links, int width, int height) {

    /**
     * @param children the number of sub-processes (level 2 under a level-1 process, level 3 under a level-2 one)
     * @param collapsed a level-1 process drawn without its sub-processes
     */
    public record Node(long id, Long parentId, int level, String code, String name, String status, int completeness,
                       int children, boolean collapsed, int x, int y, int width, int height) {
    }

    /** Supplier → client: the source process provides results the target process uses as resources. */
    public record Link(long source, long target, String resources) {
    }
}
