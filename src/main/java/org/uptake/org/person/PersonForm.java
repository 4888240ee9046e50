package org.uptake.org.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person as a form or an API client describes them; the same checks serve both. */
public class PersonForm {

    @Size(max = 64)
    private String employeeNumber;

    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    private Long unitId;
    private Long positionId;
    private Long managerId;

    @NotNull
    private EmploymentStatus employmentStatus = EmploymentStatus.ACTIVE;

    @Size(max = 64)
    private String timeZone;

    @Size(max = 8)
    private String language;

    private int version;

    public static PersonForm of(Person p) {
        var f = new PersonForm();
        f.employeeNumber = p.employeeNumber();
        f.email = p.email();
        f.fullName = p.fullName();
        f.unitId = p.unitId();
        f.positionId = p.positionId();
        f.managerId = p.managerId();
        f.employmentStatus = p.employmentStatus();
        f.timeZone = p.timeZone();
        f.language = p.language();
        f.version = p.version();
        return f;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = clean(employeeNumber);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = clean(email);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = clean(fullName);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getPositionId() {
        return positionId;
    }

    public void setPositionId(Long positionId) {
        this.positionId = positionId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public void setEmploymentStatus(EmploymentStatus employmentStatus) {
        this.employmentStatus = employmentStatus;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = clean(timeZone);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = clean(language);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
