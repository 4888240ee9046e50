package org.uptake.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The editable facts of a program, shared by the edit page and the API. */
public class ProgramForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private ProgramSubject subject = ProgramSubject.SOFTWARE_SYSTEM;

    @Size(max = 4000)
    private String description;

    @Size(max = 20000)
    private String strategy;

    /** Edits the objective while it is not frozen; afterwards objective changes go through a revision. */
    @Size(max = 4000)
    private String objective;

    @NotNull
    private LocalDate startDate;

    @Min(1)
    @Max(60)
    private int escalateAfterDays = 3;

    private int version;

    public static ProgramForm of(Program p) {
        var f = new ProgramForm();
        f.name = p.name();
        f.subject = p.subject();
        f.description = p.description();
        f.strategy = p.strategy();
        f.objective = p.objective();
        f.startDate = p.startDate();
        f.escalateAfterDays = p.escalateAfterDays();
        f.version = p.version();
        return f;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public ProgramSubject getSubject() {
        return subject;
    }

    public void setSubject(ProgramSubject subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = clean(description);
    }

    public String getStrategy() {
        return strategy;
    }

    public void setStrategy(String strategy) {
        this.strategy = clean(strategy);
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = clean(objective);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public int getEscalateAfterDays() {
        return escalateAfterDays;
    }

    public void setEscalateAfterDays(int escalateAfterDays) {
        this.escalateAfterDays = escalateAfterDays;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
