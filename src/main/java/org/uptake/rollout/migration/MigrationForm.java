package org.uptake.rollout.migration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A data source to migrate: for a wave unit (or null: every unit), its system, method and data sets. */
public record MigrationForm(Long waveUnitId, @NotBlank @Size(max = 200) String sourceSystem, @NotNull MigrationMethod method,
                            @Size(max = 2000) String dataSets, int version) {
}
