package org.uptake.competency.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A competency as a person or an API client sends it. */
public class CompetencyForm {

    @NotNull
    private CompetencyKind kind;

    @NotBlank
    @Size(max = 300)
    private String name;

    @Size(max = 2000)
    private String description;

    private int version;

    public static CompetencyForm of(CompetencyKind kind, String name) {
        var f = new CompetencyForm();
        f.setKind(kind);
        f.setName(name);
        return f;
    }

    public CompetencyKind getKind() { return kind; }
    public void setKind(CompetencyKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public String getDescription() { return description; }
    public void setDescription(String d) { this.description = d == null || d.isBlank() ? null : d.strip(); }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
