package org.uptake.measure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Built-in KPI definitions for the seeds' cases: the messenger-marketing metrics CPM, CTR and CR of
 * playbook P4 (seed 002:774-776) and the eight CRM goals of P5 that "become KPIs" (seed 002:949-958).
 * Their texts come from the module's messages in the reader's language and are copied into the
 * KPI when it is created, so an organisation edits its own copy.
 */
public enum KpiPreset {
    CPM("P4", Direction.DECREASE, Aggregation.AVERAGE),
    CTR("P4", Direction.INCREASE, Aggregation.AVERAGE),
    CR("P4", Direction.INCREASE, Aggregation.AVERAGE),
    CRM_CLIENTS("P5", Direction.INCREASE, Aggregation.SUM),
    CRM_REACH("P5", Direction.INCREASE, Aggregation.SUM),
    CRM_PROFIT_PER_CLIENT("P5", Direction.INCREASE, Aggregation.AVERAGE),
    CRM_CAMPAIGN_RESPONSE("P5", Direction.INCREASE, Aggregation.AVERAGE),
    CRM_SALES("P5", Direction.INCREASE, Aggregation.SUM),
    CRM_MARKET_SHARE("P5", Direction.INCREASE, Aggregation.MAX),
    CRM_SATISFACTION("P5", Direction.INCREASE, Aggregation.AVERAGE),
    CRM_INTEGRATION("P5", Direction.INCREASE, Aggregation.AVERAGE);

    private final String playbook;
    private final Direction direction;
    private final Aggregation aggregation;

    KpiPreset(String playbook, Direction direction, Aggregation aggregation) {
        this.playbook = playbook;
        this.direction = direction;
        this.aggregation = aggregation;
    }

    public String playbook() {
        return playbook;
    }

    public Direction direction() {
        return direction;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    /** The message keys of the preset's texts: {@code kpi.preset.CPM.name}, {@code .unit}, {@code .method}, {@code .source}. */
    public String key(String part) {
        return "kpi.preset." + name() + "." + part;
    }

    /** A short code for the KPI made from it (CPM, CTR, CR, CRM-CLIENTS…). */
    public String code() {
        return name().replace('_', '-');
    }

    public static Optional<KpiPreset> find(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    public static List<KpiPreset> of(String playbook) {
        return Arrays.stream(values()).filter(p -> p.playbook.equals(playbook)).toList();
    }
}
