package org.uptake.org.unit;

/**
 * Where to hang a unit (with its subtree): a new parent, or none for the top level. The version
 * is the one the mover saw, so a move based on a stale view is refused. Shared by page and API.
 */
public class UnitMoveForm {

    private Long parentId;
    private int version;

    public static UnitMoveForm of(Unit u) {
        var f = new UnitMoveForm();
        f.parentId = u.parentId();
        f.version = u.version();
        return f;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
