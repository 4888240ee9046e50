package org.uptake.procurement.supplier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The kick-off as recorded; version 0 records it the first time. */
public record KickoffForm(@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                          @NotBlank @Size(max = 4000) String goals, @NotBlank @Size(max = 4000) String team,
                          @NotBlank @Size(max = 1000) String contractFormat, @NotBlank @Size(max = 4000) String acceptanceProcess,
                          Integer version) {

    public KickoffForm {
        version = version == null ? 0 : version;
    }
}
