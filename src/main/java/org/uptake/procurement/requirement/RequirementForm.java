package org.uptake.procurement.requirement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A requirement as a coordinator writes it on the page or an API client sends it; the same checks serve both. */
public record RequirementForm(@NotBlank @Size(max = 200) String role, @NotBlank @Size(max = 4000) String scenario,
                              @NotNull @Min(1) @Max(9) Integer stage, @NotNull Priority priority, Long customerPersonId,
                              Long customerPositionId, @Size(max = 50) List<Long> processIds, Integer version) {

    public RequirementForm {
        version = version == null ? 0 : version;
        role = clean(role);
        scenario = clean(scenario);
        processIds = processIds == null ? List.of() : processIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public static RequirementForm of(Requirement r) {
        return new RequirementForm(r.role(), r.scenario(), r.stage(), r.priority(), r.customerPersonId(), r.customerPositionId(),
                r.processIds(), r.version());
    }

    public RequirementForm withProcessIds(List<Long> ids, int atVersion) {
        return new RequirementForm(role, scenario, stage, priority, customerPersonId, customerPositionId, ids, atVersion);
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
