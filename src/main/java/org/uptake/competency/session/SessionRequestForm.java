package org.uptake.competency.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Which unit and competency the session is for, and what the requester wants the trainer to know. */
public class SessionRequestForm {

    @NotNull
    private Long unitId;
    @NotNull
    private Long competencyId;
    @Size(max = 1000)
    private String note;

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public void setCompetencyId(Long competencyId) {
        this.competencyId = competencyId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }
}
