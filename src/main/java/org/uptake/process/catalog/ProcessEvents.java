package org.uptake.process.catalog;

/** What the catalog tells the rest of the module, inside the same transaction. */
public final class ProcessEvents {

    private ProcessEvents() {
    }

    /**
     * A process was created, changed or moved. {@code specificationChanged} is false for a move, which
     * changes the tree but not what the specification says; {@code related} are the parents whose
     * structure (list of sub-processes) changed with it.
     */
    public record Edited(long organizationId, long processId, boolean specificationChanged, java.util.List<Long> related) {
        public Edited {
            related = related.stream().filter(java.util.Objects::nonNull).toList();
        }
    }

    /** A process is about to be deleted; listeners read what they need before its rows cascade away. */
    public record Deleting(long organizationId, long processId, Long parentId) {
    }

    /** A process was deleted; its parent's structure changed. */
    public record Deleted(long organizationId, long processId, Long parentId) {
    }
}
