package org.uptake.access.tenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.uptake.org.OrganizationForm;

/** A new organisation together with the person who becomes its first admin. */
public class NewOrganizationForm extends OrganizationForm {

    @NotBlank
    @Size(max = 200)
    private String adminFullName;

    @NotBlank
    @Size(max = 254)
    private String adminEmail;

    public String getAdminFullName() {
        return adminFullName;
    }

    public void setAdminFullName(String adminFullName) {
        this.adminFullName = adminFullName == null ? null : adminFullName.strip();
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail == null ? null : adminEmail.strip();
    }
}
