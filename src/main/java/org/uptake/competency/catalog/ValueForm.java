package org.uptake.competency.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A company value as a person or an API client sends it. */
public class ValueForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 2000)
    private String description;

    private int version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public String getDescription() { return description; }
    public void setDescription(String d) { this.description = d == null || d.isBlank() ? null : d.strip(); }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
