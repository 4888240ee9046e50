package org.uptake.org.position;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person or an API client sends to create or change a position; the same checks serve both. */
public class PositionForm {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "{validation.code}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 4000)
    private String description;

    private int version;

    public static PositionForm of(Position p) {
        var f = new PositionForm();
        f.code = p.code();
        f.title = p.title();
        f.description = p.description();
        f.version = p.version();
        return f;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
