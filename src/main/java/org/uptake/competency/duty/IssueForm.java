package org.uptake.competency.duty;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Issuing a new revision of the duties and asking for its sign-off. Without approvers named, the
 * owners of the position's processes are asked (the people holding the owner positions).
 */
public class IssueForm {

    @Size(max = 20)
    private List<Long> approverPersonIds = new ArrayList<>();

    private int version;

    public List<Long> getApproverPersonIds() {
        return approverPersonIds;
    }

    public void setApproverPersonIds(List<Long> approverPersonIds) {
        this.approverPersonIds = approverPersonIds == null ? new ArrayList<>()
                : new ArrayList<>(approverPersonIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
