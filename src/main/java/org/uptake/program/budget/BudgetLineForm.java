package org.uptake.program.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A budget line as an editor describes it. The planned amount is in minor units with its currency;
 * the page reads what the user typed into {@code plannedMinor} with {@link Money#parseMinor}.
 */
public class BudgetLineForm {

    @NotNull
    private BudgetKind kind;

    @NotBlank
    @Size(max = 300)
    private String title;

    private Long phaseId;

    @Size(max = 2000)
    private String note;

    private Long plannedMinor;

    @Size(max = 3)
    private String currency;

    private int version;

    public static BudgetLineForm of(BudgetLine line) {
        var f = new BudgetLineForm();
        f.kind = line.kind();
        f.title = line.title();
        f.phaseId = line.phaseId();
        f.note = line.note();
        f.plannedMinor = line.plannedMinor();
        f.currency = line.currency();
        f.version = line.version();
        return f;
    }

    public BudgetKind getKind() {
        return kind;
    }

    public void setKind(BudgetKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public Long getPhaseId() {
        return phaseId;
    }

    public void setPhaseId(Long phaseId) {
        this.phaseId = phaseId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Long getPlannedMinor() {
        return plannedMinor;
    }

    public void setPlannedMinor(Long plannedMinor) {
        this.plannedMinor = plannedMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null ? null : currency.strip();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
