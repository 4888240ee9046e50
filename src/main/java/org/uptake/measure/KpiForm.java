package org.uptake.measure;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A KPI as an editor describes it (page and API); {@code programId} is taken from the path on pages.
 * With a {@code preset}, code, name, unit, method, source, direction and aggregation may be left out.
 */
public class KpiForm {

    private Long programId;
    @NotNull
    private Long goalId;
    @Pattern(regexp = "[A-Za-z0-9_.-]{1,40}")
    private String code;
    @Size(max = 200)
    private String name;
    @Size(max = 40)
    private String unitOfMeasure;
    @Size(max = 2000)
    private String method;
    private Direction direction;
    @Size(max = 300)
    private String source;
    private Period period = Period.MONTH;
    private Aggregation aggregation;
    @NotNull
    @DecimalMin("-1000000000000000")
    @DecimalMax("1000000000000000")
    private BigDecimal baselineValue;
    @NotNull
    private LocalDate baselineDate;
    @NotNull
    @DecimalMin("-1000000000000000")
    @DecimalMax("1000000000000000")
    private BigDecimal targetValue;
    @NotNull
    private LocalDate targetDate;
    private BigDecimal smallGapPct = new BigDecimal("5");
    private BigDecimal largeGapPct = new BigDecimal("15");
    private Long ownerPersonId;
    private String preset;
    private int version;

    public static KpiForm of(Kpi k) {
        var f = new KpiForm();
        f.programId = k.programId();
        f.goalId = k.goalId();
        f.code = k.code();
        f.name = k.name();
        f.unitOfMeasure = k.unitOfMeasure();
        f.method = k.method();
        f.direction = k.direction();
        f.source = k.source();
        f.period = k.period();
        f.aggregation = k.aggregation();
        f.baselineValue = k.baselineValue();
        f.baselineDate = k.baselineDate();
        f.targetValue = k.targetValue();
        f.targetDate = k.targetDate();
        f.smallGapPct = k.smallGapPct();
        f.largeGapPct = k.largeGapPct();
        f.ownerPersonId = k.ownerPersonId();
        f.preset = k.preset();
        f.version = k.version();
        return f;
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getProgramId() { return programId; }
    public void setProgramId(Long programId) { this.programId = programId; }
    public Long getGoalId() { return goalId; }
    public void setGoalId(Long goalId) { this.goalId = goalId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = clean(code); }
    public String getName() { return name; }
    public void setName(String name) { this.name = clean(name); }
    public String getUnitOfMeasure() { return unitOfMeasure; }
    public void setUnitOfMeasure(String unitOfMeasure) { this.unitOfMeasure = clean(unitOfMeasure); }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = clean(method); }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = clean(source); }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period; }
    public Aggregation getAggregation() { return aggregation; }
    public void setAggregation(Aggregation aggregation) { this.aggregation = aggregation; }
    public BigDecimal getBaselineValue() { return baselineValue; }
    public void setBaselineValue(BigDecimal baselineValue) { this.baselineValue = baselineValue; }
    public LocalDate getBaselineDate() { return baselineDate; }
    public void setBaselineDate(LocalDate baselineDate) { this.baselineDate = baselineDate; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
    public BigDecimal getSmallGapPct() { return smallGapPct; }
    public void setSmallGapPct(BigDecimal smallGapPct) { this.smallGapPct = smallGapPct; }
    public BigDecimal getLargeGapPct() { return largeGapPct; }
    public void setLargeGapPct(BigDecimal largeGapPct) { this.largeGapPct = largeGapPct; }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(Long ownerPersonId) { this.ownerPersonId = ownerPersonId; }
    public String getPreset() { return preset; }
    public void setPreset(String preset) { this.preset = clean(preset); }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
