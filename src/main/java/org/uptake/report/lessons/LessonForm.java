package org.uptake.report.lessons;

/** A lesson to record: its kind, a short title and the advice for the next program. */
public class LessonForm {

    private LessonKind kind;
    private String title;
    private String advice;

    public static LessonForm of(LessonKind kind, String title, String advice) {
        var f = new LessonForm();
        f.setKind(kind);
        f.setTitle(title);
        f.setAdvice(advice);
        return f;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public LessonKind getKind() { return kind; }
    public void setKind(LessonKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = clean(title); }
    public String getAdvice() { return advice; }
    public void setAdvice(String advice) { this.advice = clean(advice); }
}
