package org.uptake.report.closure;

import jakarta.validation.constraints.Size;

/** The coordinator's parts of the final report. */
public class FinalReportForm {

    @Size(max = 8000)
    private String summary;
    @Size(max = 8000)
    private String recommendations;
    private int version;

    public static FinalReportForm of(FinalReport r) {
        var f = new FinalReportForm();
        f.summary = r.summary();
        f.recommendations = r.recommendations();
        f.version = r.version();
        return f;
    }

    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = EvaluationForm.clean(summary); }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = EvaluationForm.clean(recommendations); }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
