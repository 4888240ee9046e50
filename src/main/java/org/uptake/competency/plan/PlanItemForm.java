package org.uptake.competency.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A training need written by hand, or changes to an item: its course link, due date, status. */
public class PlanItemForm {

    @NotBlank
    @Size(max = 1000)
    private String need;

    @Size(max = 200)
    private String courseRef;

    @Min(1)
    @Max(10)
    private Integer targetLevel;

    private LocalDate dueOn;
    private int version;

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need == null ? null : need.strip();
    }

    public String getCourseRef() {
        return courseRef;
    }

    public void setCourseRef(String courseRef) {
        this.courseRef = courseRef == null || courseRef.isBlank() ? null : courseRef.strip();
    }

    public Integer getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(Integer targetLevel) {
        this.targetLevel = targetLevel;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
