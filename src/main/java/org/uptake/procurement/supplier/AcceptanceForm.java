package org.uptake.procurement.supplier;

import jakarta.validation.constraints.Size;
import java.util.List;

/** Who signs the acceptance of a delivered stage (all of them must approve), and the delivery's version. */
public record AcceptanceForm(@Size(max = 20) List<Long> approverPersonIds, Integer version) {

    public AcceptanceForm {
        version = version == null ? 0 : version;
        approverPersonIds = approverPersonIds == null ? List.of()
                : approverPersonIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
