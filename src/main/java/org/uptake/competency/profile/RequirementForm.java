package org.uptake.competency.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.uptake.competency.catalog.CompetencyKind;

/**
 * A requirement as a person or an API client sends it: a competency of the catalogue, or a new one
 * named with its kind, for one process of the position (none: a general requirement) at a level.
 */
public class RequirementForm {

    private Long processId;
    private Long competencyId;
    private CompetencyKind kind;

    @Size(max = 300)
    private String name;

    @Min(1)
    @Max(10)
    private int requiredLevel = 3;

    private int version;

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public Long getCompetencyId() { return competencyId; }
    public void setCompetencyId(Long competencyId) { this.competencyId = competencyId; }
    public CompetencyKind getKind() { return kind; }
    public void setKind(CompetencyKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null || name.isBlank() ? null : name.strip(); }
    public int getRequiredLevel() { return requiredLevel; }
    public void setRequiredLevel(int requiredLevel) { this.requiredLevel = requiredLevel; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
