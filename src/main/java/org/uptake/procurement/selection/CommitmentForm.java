package org.uptake.procurement.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A vendor's commitment: what, by when, and the acceptance that proves it delivered. */
public record CommitmentForm(@NotBlank @Size(max = 300) String title, @NotNull LocalDate dueOn,
                             @NotBlank @Size(max = 1000) String acceptance) {
}
