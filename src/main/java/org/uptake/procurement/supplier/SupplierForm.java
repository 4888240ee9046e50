package org.uptake.procurement.supplier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A vendor or integrator as the page or an API client names it. */
public record SupplierForm(@NotBlank @Size(max = 200) String name, @NotNull SupplierKind kind, @Size(max = 500) String contact,
                           Integer version) {

    public SupplierForm {
        version = version == null ? 0 : version;
        name = name == null || name.isBlank() ? null : name.strip();
        contact = contact == null || contact.isBlank() ? null : contact.strip();
    }
}
