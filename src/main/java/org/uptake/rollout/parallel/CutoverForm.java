package org.uptake.rollout.parallel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The cutover decision: CUTOVER (needs the exit criteria met), EXTEND (to a later end) or ROLL_BACK, with a note. */
public record CutoverForm(@NotNull Cutover decision, @Size(max = 2000) String note, LocalDate extendTo, int version) {
}
