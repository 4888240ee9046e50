package org.uptake.rollout.parallel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A parallel run as the coordinator sets it up: a wave or a wave unit, the two systems, the period and exit rule. */
public record RunForm(Long waveId, Long waveUnitId, @NotBlank @Size(max = 200) String legacySystem,
                      @NotBlank @Size(max = 200) String newSystem, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
                      @Size(max = 2000) String purpose, @Size(max = 2000) String exitCriteria,
                      @NotNull @Min(1) @Max(365) Integer matchingDays, int version) {
}
