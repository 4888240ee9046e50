package org.uptake.approval.delegation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A period delegation as a person or an API client asks for it; an admin may name the approver, others delegate their own. */
public class DelegationForm {

    private Long fromPersonId;
    @NotNull
    private Long toPersonId;
    @NotNull
    private LocalDate startsOn;
    @NotNull
    private LocalDate endsOn;
    @Size(max = 500)
    private String reason;

    public Long getFromPersonId() {
        return fromPersonId;
    }

    public void setFromPersonId(Long fromPersonId) {
        this.fromPersonId = fromPersonId;
    }

    public Long getToPersonId() {
        return toPersonId;
    }

    public void setToPersonId(Long toPersonId) {
        this.toPersonId = toPersonId;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
