package org.uptake.process.catalog;

/** Where a process moves: under another process ({@code null}: level 1), with the version the mover saw. */
public class ProcessMoveForm {

    private Long parentId;
    private int version;

    public static ProcessMoveForm of(Process p) {
        var f = new ProcessMoveForm();
        f.parentId = p.parentId();
        f.version = p.version();
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
