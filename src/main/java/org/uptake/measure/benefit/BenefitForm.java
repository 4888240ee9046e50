package org.uptake.measure.benefit;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A benefit as an editor describes it (page and API); {@code kpiIds} are KPIs of the same program. */
public class BenefitForm {

    @Size(max = 300)
    private String title;
    @Size(max = 4000)
    private String description;
    private Long ownerPersonId;
    private BigDecimal expectedValue;
    @Size(max = 40)
    private String unitOfMeasure;
    private LocalDate realisationStart;
    private LocalDate realisationDue;
    private BenefitStatus status = BenefitStatus.PLANNED;
    @Size(max = 50)
    private List<Long> kpiIds = new ArrayList<>();
    private int version;

    public static BenefitForm of(Benefit b) {
        var f = new BenefitForm();
        f.title = b.title();
        f.description = b.description();
        f.ownerPersonId = b.ownerPersonId();
        f.expectedValue = b.expectedValue();
        f.unitOfMeasure = b.unitOfMeasure();
        f.realisationStart = b.realisationStart();
        f.realisationDue = b.realisationDue();
        f.status = b.status();
        f.kpiIds = new ArrayList<>(b.kpis().stream().map(Benefit.LinkedKpi::id).toList());
        f.version = b.version();
        return f;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = clean(title); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = clean(description); }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(Long ownerPersonId) { this.ownerPersonId = ownerPersonId; }
    public BigDecimal getExpectedValue() { return expectedValue; }
    public void setExpectedValue(BigDecimal expectedValue) { this.expectedValue = expectedValue; }
    public String getUnitOfMeasure() { return unitOfMeasure; }
    public void setUnitOfMeasure(String unitOfMeasure) { this.unitOfMeasure = clean(unitOfMeasure); }
    public LocalDate getRealisationStart() { return realisationStart; }
    public void setRealisationStart(LocalDate realisationStart) { this.realisationStart = realisationStart; }
    public LocalDate getRealisationDue() { return realisationDue; }
    public void setRealisationDue(LocalDate realisationDue) { this.realisationDue = realisationDue; }
    public BenefitStatus getStatus() { return status; }
    public void setStatus(BenefitStatus status) { this.status = status; }
    public List<Long> getKpiIds() { return kpiIds; }
    public void setKpiIds(List<Long> kpiIds) {
        this.kpiIds = kpiIds == null ? new ArrayList<>() : new ArrayList<>(kpiIds.stream().filter(Objects::nonNull).distinct().toList());
    }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
