package org.uptake.program.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A task as an editor describes it (page and API). {@code plannedStart} is where the editor wants it
 * to start ("not before"); {@code plannedFinish}, when given, sets the duration instead of
 * {@code durationDays}. Other modules fill {@code source*} to link the task to its origin.
 */
public class TaskForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 4000)
    private String description;

    private Long phaseId;
    private Long ownerPersonId;
    private LocalDate plannedStart;
    private LocalDate plannedFinish;

    @Min(0)
    @Max(2000)
    private Integer durationDays;

    private LocalDate dueDate;

    @Size(max = 2000)
    private String completionCriterion;

    @DecimalMin("0")
    @DecimalMax("100000")
    private BigDecimal effortHours;

    private boolean milestone;
    private boolean seriousChange;

    @Size(max = 40)
    private String sourceModule;
    @Size(max = 200)
    private String sourceRef;
    @Size(max = 2000)
    private String sourceUrl;

    private int version;

    public static TaskForm of(Task t) {
        var f = new TaskForm();
        f.title = t.title();
        f.description = t.description();
        f.phaseId = t.phaseId();
        f.ownerPersonId = t.ownerPersonId();
        f.plannedStart = t.plannedStart();
        f.durationDays = t.durationDays();
        f.dueDate = t.dueDate();
        f.completionCriterion = t.completionCriterion();
        f.effortHours = t.effortHours();
        f.milestone = t.milestone();
        f.seriousChange = t.seriousChange();
        f.version = t.version();
        return f;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = clean(description);
    }

    public Long getPhaseId() {
        return phaseId;
    }

    public void setPhaseId(Long phaseId) {
        this.phaseId = phaseId;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwnerPersonId(Long ownerPersonId) {
        this.ownerPersonId = ownerPersonId;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedFinish() {
        return plannedFinish;
    }

    public void setPlannedFinish(LocalDate plannedFinish) {
        this.plannedFinish = plannedFinish;
    }

    public Integer getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(Integer durationDays) {
        this.durationDays = durationDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getCompletionCriterion() {
        return completionCriterion;
    }

    public void setCompletionCriterion(String completionCriterion) {
        this.completionCriterion = clean(completionCriterion);
    }

    public BigDecimal getEffortHours() {
        return effortHours;
    }

    public void setEffortHours(BigDecimal effortHours) {
        this.effortHours = effortHours;
    }

    public boolean isMilestone() {
        return milestone;
    }

    public void setMilestone(boolean milestone) {
        this.milestone = milestone;
    }

    public boolean isSeriousChange() {
        return seriousChange;
    }

    public void setSeriousChange(boolean seriousChange) {
        this.seriousChange = seriousChange;
    }

    public String getSourceModule() {
        return sourceModule;
    }

    public void setSourceModule(String sourceModule) {
        this.sourceModule = clean(sourceModule);
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public void setSourceRef(String sourceRef) {
        this.sourceRef = clean(sourceRef);
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = clean(sourceUrl);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
