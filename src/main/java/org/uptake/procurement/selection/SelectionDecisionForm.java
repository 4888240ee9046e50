package org.uptake.procurement.selection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The decision: which vendor, why, and who signs it off (all of them must approve). */
public record SelectionDecisionForm(@NotNull Long vendorId, @Size(max = 4000) String rationale,
                                    @Size(max = 20) List<Long> approverPersonIds, int version) {

    public SelectionDecisionForm {
        approverPersonIds = approverPersonIds == null ? List.of()
                : approverPersonIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
