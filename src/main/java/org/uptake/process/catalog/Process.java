package org.uptake.process.catalog;

/**
 * A business process: "a stable, purposeful sequence of actions transforming resources into
 * products of value to a client" (seed 002 line 53). {@code path} lists the ids from the level-1
 * process down ("/4/17/"), so a subtree is every process whose path starts with it.
 */
public record Process(long id, long organizationId, String code, String name, Long parentId, String path, int level,
                      int sortOrder, String description, String content, String benefit, boolean repeatsRegularly,
                      boolean systemForming, Long ownerPositionId, ProcessStatus status, int completeness,
                      int provisionalExecutors, Integer approvedRevision, int specVersion, int version) {

    /** Levels 1-3 only: the seed's top level, level 2 and "possibly level 3" (seed 002 lines 181-183). */
    public static final int MAX_LEVEL = 3;

    public boolean contains(Process other) {
        return other.path().startsWith(path);
    }
}
