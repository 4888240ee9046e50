package org.uptake.measure;

/**
 * The program's health from its KPIs, by the stated rule: RED when a KPI has open large gaps in two
 * or more periods, or when two or more KPIs and more than half of the measured ones have an open large
 * gap; AMBER when any KPI has an open large gap;
 * otherwise GREEN. Small gaps are optimisation items and leave the health green.
 */
public record KpiHealth(Health health, int kpis, int measured, int largeGaps, int smallGaps, int kpisWithRepeatedLargeGaps) {

    public static KpiHealth of(int kpis, int measured, int kpisWithLarge, int largeGaps, int smallGaps, int repeated) {
        Health h = Health.GREEN;
        if (kpisWithLarge > 0) {
            h = repeated > 0 || (kpisWithLarge >= 2 && kpisWithLarge * 2 > measured) ? Health.RED : Health.AMBER;
        }
        return new KpiHealth(h, kpis, measured, largeGaps, smallGaps, repeated);
    }
}
