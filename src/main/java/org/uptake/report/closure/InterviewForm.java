package org.uptake.report.closure;

import java.time.LocalDate;

/** An interview to record: the person, the date, their role in the program and the notes or answers. */
public class InterviewForm {

    private Long personId;
    private LocalDate interviewedOn;
    private String role;
    private String notes;

    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public LocalDate getInterviewedOn() { return interviewedOn; }
    public void setInterviewedOn(LocalDate interviewedOn) { this.interviewedOn = interviewedOn; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = EvaluationForm.clean(role); }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = EvaluationForm.clean(notes); }
}
