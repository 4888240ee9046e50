package org.uptake.measure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measurement as it is recorded by hand or through the API. {@code unitOfMeasure}, when given, must be
 * the KPI's own (a value in the wrong unit is refused, not converted); {@code unitId} names the
 * organisational unit measured, none for the whole program.
 */
public class MeasurementForm {

    @NotNull
    private BigDecimal value;
    @NotNull
    private LocalDate measuredOn;
    private Long unitId;
    @Size(max = 40)
    private String unitOfMeasure;
    @Size(max = 1000)
    private String note;

    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public LocalDate getMeasuredOn() { return measuredOn; }
    public void setMeasuredOn(LocalDate measuredOn) { this.measuredOn = measuredOn; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getUnitOfMeasure() { return unitOfMeasure; }
    public void setUnitOfMeasure(String unitOfMeasure) { this.unitOfMeasure = KpiForm.clean(unitOfMeasure); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = KpiForm.clean(note); }
}
