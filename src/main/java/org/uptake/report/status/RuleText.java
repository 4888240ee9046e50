package org.uptake.report.status;

import java.util.List;

/** The health rule as the page and the PDF print it: message keys with the rule's thresholds. */
public record RuleText(String key, List<Object> args) {

    public static List<RuleText> lines() {
        return List.of(
                new RuleText("report.rule.milestones", List.of(RagRule.MILESTONE_RED_DAYS)),
                new RuleText("report.rule.critical", List.of(RagRule.CRITICAL_RED)),
                new RuleText("report.rule.readiness", List.of(RagRule.READINESS_HORIZON_DAYS)),
                new RuleText("report.rule.problems", List.of(RagRule.PROBLEMS_RED)),
                new RuleText("report.rule.kpis", List.of()),
                new RuleText("report.rule.worst", List.of()));
    }
}
