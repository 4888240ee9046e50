package org.uptake.support;

import org.uptake.support.sla.ProblemSeverity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A problem as its reporter describes it in the short form (or an API client): what kind, how bad,
 * a title, what happened, where. The unit and program default to the reporter's unit and the program
 * rolling out there. A training-material problem names the material and its version.
 */
public class ProblemForm {

    @NotNull
    private ProblemType type;

    @NotNull
    private ProblemSeverity severity = ProblemSeverity.MEDIUM;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 8000)
    private String description;

    private Long unitId;
    private Long programId;

    @Size(max = 200)
    private String materialName;

    @Size(max = 50)
    private String materialVersion;

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public ProblemType getType() {
        return type;
    }

    public void setType(ProblemType type) {
        this.type = type;
    }

    public ProblemSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(ProblemSeverity severity) {
        this.severity = severity;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = clean(title);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = clean(description);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public String getMaterialName() {
        return materialName;
    }

    public void setMaterialName(String materialName) {
        this.materialName = clean(materialName);
    }

    public String getMaterialVersion() {
        return materialVersion;
    }

    public void setMaterialVersion(String materialVersion) {
        this.materialVersion = clean(materialVersion);
    }
}
