package org.uptake.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation as the system administrator describes it; the slug is fixed once created. */
public class OrganizationForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "{validation.slug}")
    private String slug;

    @NotBlank
    private String defaultTimeZone = "UTC";

    @NotBlank
    private String defaultLanguage = "en";

    private int version;

    public static OrganizationForm of(Organization o) {
        var form = new OrganizationForm();
        form.name = o.name();
        form.slug = o.slug();
        form.defaultTimeZone = o.defaultTimeZone();
        form.defaultLanguage = o.defaultLanguage();
        form.version = o.version();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null ? null : slug.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String getDefaultTimeZone() {
        return defaultTimeZone;
    }

    public void setDefaultTimeZone(String defaultTimeZone) {
        this.defaultTimeZone = defaultTimeZone;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
