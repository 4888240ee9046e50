package org.uptake.competency.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The whole proficiency scale, level 1 first: between 2 and 10 named steps. */
public class ScaleForm {

    @Size(min = 2, max = 10)
    private List<@Valid Step> levels = new ArrayList<>();

    public static class Step {
        @NotBlank @Size(max = 100) private String name;
        @Size(max = 1000) private String description;

        public String getName() { return name; }
        public void setName(String name) { this.name = name == null ? null : name.strip(); }
        public String getDescription() { return description; }
        public void setDescription(String d) { this.description = d == null || d.isBlank() ? null : d.strip(); }
    }

    public List<Step> getLevels() { return levels; }
    public void setLevels(List<Step> levels) { this.levels = levels == null ? new ArrayList<>() : levels; }
}
