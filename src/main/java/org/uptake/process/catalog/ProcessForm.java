package org.uptake.process.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A process's single-valued fields as a person or an API client sends them; the same checks serve
 * both. The parent is read on creation only: moving a process is its own action.
 */
public class ProcessForm {

    @Size(max = 32)
    @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{validation.code}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    private Long parentId;

    @Min(0)
    @Max(100_000)
    private int sortOrder;

    @Size(max = 2000)
    private String description;

    @Size(max = 4000)
    private String content;

    @Size(max = 2000)
    private String benefit;

    private boolean repeatsRegularly = true;
    private boolean systemForming;
    private Long ownerPositionId;
    private int version;

    public static ProcessForm of(Process p) {
        var f = new ProcessForm();
        f.code = p.code();
        f.name = p.name();
        f.parentId = p.parentId();
        f.sortOrder = p.sortOrder();
        f.description = p.description();
        f.content = p.content();
        f.benefit = p.benefit();
        f.repeatsRegularly = p.repeatsRegularly();
        f.systemForming = p.systemForming();
        f.ownerPositionId = p.ownerPositionId();
        f.version = p.version();
        return f;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = clean(code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = clean(description);
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = clean(content);
    }

    public String getBenefit() {
        return benefit;
    }

    public void setBenefit(String benefit) {
        this.benefit = clean(benefit);
    }

    public boolean isRepeatsRegularly() {
        return repeatsRegularly;
    }

    public void setRepeatsRegularly(boolean repeatsRegularly) {
        this.repeatsRegularly = repeatsRegularly;
    }

    public boolean isSystemForming() {
        return systemForming;
    }

    public void setSystemForming(boolean systemForming) {
        this.systemForming = systemForming;
    }

    public Long getOwnerPositionId() {
        return ownerPositionId;
    }

    public void setOwnerPositionId(Long ownerPositionId) {
        this.ownerPositionId = ownerPositionId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
