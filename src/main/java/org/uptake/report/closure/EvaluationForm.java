package org.uptake.report.closure;

import jakarta.validation.constraints.Size;

/** The free-text parts of the evaluation (page and API). */
public class EvaluationForm {

    @Size(max = 8000)
    private String wentWell;
    @Size(max = 8000)
    private String improvements;
    @Size(max = 8000)
    private String conclusion;
    private int version;

    public static EvaluationForm of(Evaluation e) {
        var f = new EvaluationForm();
        f.wentWell = e.wentWell();
        f.improvements = e.improvements();
        f.conclusion = e.conclusion();
        f.version = e.version();
        return f;
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getWentWell() { return wentWell; }
    public void setWentWell(String wentWell) { this.wentWell = clean(wentWell); }
    public String getImprovements() { return improvements; }
    public void setImprovements(String improvements) { this.improvements = clean(improvements); }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = clean(conclusion); }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
