package org.uptake.report.closure;

import jakarta.validation.constraints.Size;

/** The handover as the coordinator prepares it: the line owner (one of the program's line owners), solution, follow-up plan. */
public class HandoverForm {

    private Long lineOwnerPersonId;
    @Size(max = 8000)
    private String solution;
    @Size(max = 8000)
    private String followUpPlan;
    private int version;

    public static HandoverForm of(Handover h) {
        var f = new HandoverForm();
        f.lineOwnerPersonId = h.lineOwnerPersonId();
        f.solution = h.solution();
        f.followUpPlan = h.followUpPlan();
        f.version = h.version();
        return f;
    }

    public Long getLineOwnerPersonId() { return lineOwnerPersonId; }
    public void setLineOwnerPersonId(Long lineOwnerPersonId) { this.lineOwnerPersonId = lineOwnerPersonId; }
    public String getSolution() { return solution; }
    public void setSolution(String solution) { this.solution = EvaluationForm.clean(solution); }
    public String getFollowUpPlan() { return followUpPlan; }
    public void setFollowUpPlan(String followUpPlan) { this.followUpPlan = EvaluationForm.clean(followUpPlan); }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
