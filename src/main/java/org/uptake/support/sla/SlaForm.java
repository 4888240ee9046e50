package org.uptake.support.sla;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** SLA hours as a coordinator sets them; at least an hour and at most a year each. */
public class SlaForm {

    @NotNull
    @Min(1)
    @Max(8760)
    private Integer criticalHours;

    @NotNull
    @Min(1)
    @Max(8760)
    private Integer highHours;

    @NotNull
    @Min(1)
    @Max(8760)
    private Integer mediumHours;

    @NotNull
    @Min(1)
    @Max(8760)
    private Integer lowHours;

    private int version;

    public static SlaForm of(SlaPolicy p) {
        var f = new SlaForm();
        f.criticalHours = p.criticalHours();
        f.highHours = p.highHours();
        f.mediumHours = p.mediumHours();
        f.lowHours = p.lowHours();
        f.version = p.inherited() ? 0 : p.version();
        return f;
    }

    public Integer getCriticalHours() {
        return criticalHours;
    }

    public void setCriticalHours(Integer criticalHours) {
        this.criticalHours = criticalHours;
    }

    public Integer getHighHours() {
        return highHours;
    }

    public void setHighHours(Integer highHours) {
        this.highHours = highHours;
    }

    public Integer getMediumHours() {
        return mediumHours;
    }

    public void setMediumHours(Integer mediumHours) {
        this.mediumHours = mediumHours;
    }

    public Integer getLowHours() {
        return lowHours;
    }

    public void setLowHours(Integer lowHours) {
        this.lowHours = lowHours;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
