package org.uptake.rollout.wave;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A wave as the page form and the API send it; {@code unitIds} only when creating. */
public class WaveForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    private boolean pilot;
    private ScopeKind scopeKind = ScopeKind.UNITS;
    @Size(max = 2000)
    private String functions;
    @NotNull
    private LocalDate plannedGoLive;
    @Size(max = 1000)
    private List<Long> unitIds = new ArrayList<>();
    private int version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isPilot() {
        return pilot;
    }

    public void setPilot(boolean pilot) {
        this.pilot = pilot;
    }

    public ScopeKind getScopeKind() {
        return scopeKind == null ? ScopeKind.UNITS : scopeKind;
    }

    public void setScopeKind(ScopeKind scopeKind) {
        this.scopeKind = scopeKind;
    }

    public String getFunctions() {
        return functions == null || functions.isBlank() ? null : functions.strip();
    }

    public void setFunctions(String functions) {
        this.functions = functions;
    }

    public LocalDate getPlannedGoLive() {
        return plannedGoLive;
    }

    public void setPlannedGoLive(LocalDate plannedGoLive) {
        this.plannedGoLive = plannedGoLive;
    }

    public List<Long> getUnitIds() {
        return unitIds == null ? List.of() : unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
