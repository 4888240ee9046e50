package org.uptake.support;

/**
 * What the coordinator (or the problem's owner) settles when taking a problem on: everything of the
 * report plus the owner and the links to a pilot finding and a plan task of the same program.
 */
public class TriageForm extends ProblemForm {

    private Long ownerPersonId;
    private Long findingId;
    private Long taskId;
    private int version;

    public static TriageForm of(Problem p) {
        var f = new TriageForm();
        f.setType(p.type());
        f.setSeverity(p.severity());
        f.setTitle(p.title());
        f.setDescription(p.description());
        f.setUnitId(p.unitId());
        f.setProgramId(p.programId());
        f.setMaterialName(p.materialName());
        f.setMaterialVersion(p.materialVersion());
        f.ownerPersonId = p.ownerPersonId();
        f.findingId = p.findingId();
        f.taskId = p.taskId();
        f.version = p.version();
        return f;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwnerPersonId(Long ownerPersonId) {
        this.ownerPersonId = ownerPersonId;
    }

    public Long getFindingId() {
        return findingId;
    }

    public void setFindingId(Long findingId) {
        this.findingId = findingId;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
