package org.uptake.org.unit;

/**
 * A unit of the organisation (department, branch, grade, subject area…). {@code path} lists the
 * ids from the root down ("/1/7/42/"), so the subtree of a unit is every unit whose path starts with it.
 */
public record Unit(long id, long organizationId, String code, String name, String unitType, Long parentId,
                   String path, int depth, Long headPersonId, Long actingHeadPersonId, int version) {

    public boolean contains(Unit other) {
        return other.path().startsWith(path);
    }
}
