package org.uptake.program.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A risk as an editor describes it (page and API); {@code taskIds} are the threatened tasks of the same program. */
public class RiskForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 4000)
    private String description;

    @NotNull
    @Min(1)
    @Max(5)
    private Integer probability;

    @NotNull
    @Min(1)
    @Max(5)
    private Integer impact;

    private Long ownerPersonId;

    @Size(max = 4000)
    private String mitigation;

    private RiskStatus status = RiskStatus.OPEN;

    @Size(max = 200)
    private List<Long> taskIds = new ArrayList<>();

    private int version;

    public static RiskForm of(Risk r) {
        var f = new RiskForm();
        f.title = r.title();
        f.description = r.description();
        f.probability = r.probability();
        f.impact = r.impact();
        f.ownerPersonId = r.ownerPersonId();
        f.mitigation = r.mitigation();
        f.status = r.status();
        f.taskIds = new ArrayList<>(r.tasks().stream().map(Risk.LinkedTask::id).toList());
        f.version = r.version();
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

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer impact) {
        this.impact = impact;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwnerPersonId(Long ownerPersonId) {
        this.ownerPersonId = ownerPersonId;
    }

    public String getMitigation() {
        return mitigation;
    }

    public void setMitigation(String mitigation) {
        this.mitigation = clean(mitigation);
    }

    public RiskStatus getStatus() {
        return status;
    }

    public void setStatus(RiskStatus status) {
        this.status = status;
    }

    public List<Long> getTaskIds() {
        return taskIds;
    }

    public void setTaskIds(List<Long> taskIds) {
        this.taskIds = taskIds == null ? new ArrayList<>() : new ArrayList<>(taskIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
