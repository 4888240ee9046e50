package org.uptake.engagement.stakeholder;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An anchoring activity as an editor describes it: with which stakeholder, what, optionally which plan task, by when. */
public class ActivityForm {

    @NotNull
    private Long stakeholderId;
    @Size(max = 300)
    private String title;
    private Long taskId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private boolean done;
    private int version;

    public static ActivityForm of(Activity a) {
        var f = new ActivityForm();
        f.stakeholderId = a.stakeholderId();
        f.title = a.title();
        f.taskId = a.taskId();
        f.dueOn = a.dueOn();
        f.done = a.done();
        f.version = a.version();
        return f;
    }

    public Long getStakeholderId() {
        return stakeholderId;
    }

    public void setStakeholderId(Long stakeholderId) {
        this.stakeholderId = stakeholderId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = StakeholderForm.clean(title);
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
