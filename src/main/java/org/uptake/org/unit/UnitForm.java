package org.uptake.org.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A unit as a person or an API client describes it; the same checks serve both. */
public class UnitForm {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "{validation.code}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 64)
    private String unitType = "department";

    private Long parentId;
    private Long headPersonId;
    private Long actingHeadPersonId;
    private int version;

    public static UnitForm of(Unit u) {
        var f = new UnitForm();
        f.code = u.code();
        f.name = u.name();
        f.unitType = u.unitType();
        f.parentId = u.parentId();
        f.headPersonId = u.headPersonId();
        f.actingHeadPersonId = u.actingHeadPersonId();
        f.version = u.version();
        return f;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getUnitType() {
        return unitType;
    }

    public void setUnitType(String unitType) {
        this.unitType = unitType == null ? null : unitType.strip();
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getHeadPersonId() {
        return headPersonId;
    }

    public void setHeadPersonId(Long headPersonId) {
        this.headPersonId = headPersonId;
    }

    public Long getActingHeadPersonId() {
        return actingHeadPersonId;
    }

    public void setActingHeadPersonId(Long actingHeadPersonId) {
        this.actingHeadPersonId = actingHeadPersonId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
