package org.uptake.procurement.integration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An integration as the page or an API client describes it. */
public record IntegrationForm(@NotBlank @Size(max = 200) String systemName, @NotNull Direction direction, @NotNull Method method,
                              @NotNull IntegrationStatus status, @Size(max = 2000) String monitoring,
                              @NotNull @Min(1) @Max(366) Integer verifyEveryDays,
                              @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastVerifiedOn,
                              Integer version) {

    public IntegrationForm {
        version = version == null ? 0 : version;
        systemName = systemName == null || systemName.isBlank() ? null : systemName.strip();
        monitoring = monitoring == null || monitoring.isBlank() ? null : monitoring.strip();
    }

    public static IntegrationForm of(Integration i) {
        return new IntegrationForm(i.systemName(), i.direction(), i.method(), i.status(), i.monitoring(), i.verifyEveryDays(),
                i.lastVerifiedOn(), i.version());
    }
}
