package org.uptake.competency.standard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The attestation commission's result for one person: level attained and the labour functions with a gap. */
public class AttestationForm {

    @NotNull
    private Long personId;

    @NotNull
    @Min(0)
    @Max(9)
    private Integer attainedLevel;

    @Size(max = 200)
    private List<Long> unmetFunctionIds = new ArrayList<>();

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @Size(max = 2000)
    private String note;

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Integer getAttainedLevel() {
        return attainedLevel;
    }

    public void setAttainedLevel(Integer attainedLevel) {
        this.attainedLevel = attainedLevel;
    }

    public List<Long> getUnmetFunctionIds() {
        return unmetFunctionIds;
    }

    public void setUnmetFunctionIds(List<Long> unmetFunctionIds) {
        this.unmetFunctionIds = unmetFunctionIds == null ? new ArrayList<>() : unmetFunctionIds;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }
}
