package org.uptake.report.closure;

/** The verdict on one goal and the evidence behind it. */
public class GoalResultForm {

    private GoalVerdict verdict;
    private String evidence;
    private int version;

    public GoalVerdict getVerdict() { return verdict; }
    public void setVerdict(GoalVerdict verdict) { this.verdict = verdict; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = EvaluationForm.clean(evidence); }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
