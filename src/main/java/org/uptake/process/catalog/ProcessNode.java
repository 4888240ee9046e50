package org.uptake.process.catalog;

import java.util.ArrayList;
import java.util.List;

/** A process in the catalog tree with the sub-processes loaded so far and how many it has in all. */
public record ProcessNode(long id, String code, String name, int level, ProcessStatus status, int completeness,
                          int provisionalExecutors, String ownerTitle, long childCount, List<ProcessNode> children) {

    public ProcessNode {
        children = new ArrayList<>(children);
    }

    void add(ProcessNode child) {
        children.add(child);
    }

    /** Whether the sub-processes are here or must be fetched when the branch is opened. */
    public boolean childrenLoaded() {
        return children.size() == childCount;
    }
}
