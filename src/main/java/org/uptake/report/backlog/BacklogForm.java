package org.uptake.report.backlog;

import jakarta.validation.constraints.Size;

/** A backlog item as entered or changed (page and API). */
public class BacklogForm {

    @Size(max = 300)
    private String title;
    @Size(max = 4000)
    private String description;
    private BacklogSource source = BacklogSource.MANUAL;
    private BacklogPriority priority;
    private BacklogStatus status = BacklogStatus.OPEN;
    private int version;

    public static BacklogForm of(BacklogItem i) {
        var f = new BacklogForm();
        f.title = i.title();
        f.description = i.description();
        f.source = i.source();
        f.priority = i.priority();
        f.status = i.status();
        f.version = i.version();
        return f;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = clean(title); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = clean(description); }
    public BacklogSource getSource() { return source; }
    public void setSource(BacklogSource source) { this.source = source; }
    public BacklogPriority getPriority() { return priority; }
    public void setPriority(BacklogPriority priority) { this.priority = priority; }
    public BacklogStatus getStatus() { return status; }
    public void setStatus(BacklogStatus status) { this.status = status; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
