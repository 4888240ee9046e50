package org.uptake.procurement.requirement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An existing system as the page or an API client describes it. */
public record SystemForm(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String purpose, @NotNull SystemDecision decision,
                         Long ownerPersonId, Integer version) {

    public SystemForm {
        version = version == null ? 0 : version;
        name = RequirementForm.clean(name);
        purpose = RequirementForm.clean(purpose);
    }

    public static SystemForm of(ExistingSystem s) {
        return new SystemForm(s.name(), s.purpose(), s.decision(), s.ownerPersonId(), s.version());
    }
}
