package org.uptake.support.sla;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** SLA hours as a coordinator sets them; at most a year each. */
public record SlaForm(@Min(1) @Max(8760) int criticalHours, @Min(1) @Max(8760) int highHours,
                      @Min(1) @Max(8760) int mediumHours, @Min(1) @Max(8760) int lowHours, int version) {
}
