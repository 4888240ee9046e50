package org.uptake.program.resource;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An allocation as an editor describes it (page and API). */
public class AllocationForm {

    @NotNull
    private Long personId;

    @Size(max = 200)
    private String role;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("168")
    private BigDecimal hoursPerWeek;

    @NotNull
    private LocalDate startsOn;

    @NotNull
    private LocalDate endsOn;

    private int version;

    public static AllocationForm of(Allocation a) {
        var f = new AllocationForm();
        f.personId = a.personId();
        f.role = a.role();
        f.hoursPerWeek = a.hoursPerWeek();
        f.startsOn = a.startsOn();
        f.endsOn = a.endsOn();
        f.version = a.version();
        return f;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role == null || role.isBlank() ? null : role.strip();
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
