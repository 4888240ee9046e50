package org.uptake.report.wheel;

/** A recurring activity to add to the wheel. */
public class WheelForm {

    private Integer month;
    private WheelKind kind;
    private String title;
    private Long ownerPersonId;

    public Integer getMonth() { return month; }
    public void setMonth(Integer month) { this.month = month; }
    public WheelKind getKind() { return kind; }
    public void setKind(WheelKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null || title.isBlank() ? null : title.strip(); }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(Long ownerPersonId) { this.ownerPersonId = ownerPersonId; }
}
