package org.uptake.process.spec;

import java.util.ArrayList;
import java.util.List;
import org.uptake.process.catalog.Process;

/**
 * One check of a specification (message key {@code process.check.<key>}). Blocking checks are the
 * issue's "every process has a client, a 2-4 sentence description, an owner": a specification that
 * fails one cannot be submitted or approved. The others make up the completeness figure.
 */
public record SpecificationCheck(String key, boolean passed, boolean blocking) {

    static List<SpecificationCheck> evaluate(Process p, PartCounts c) {
        List<SpecificationCheck> checks = new ArrayList<>();
        int sentences = Sentences.count(p.description());
        checks.add(new SpecificationCheck("description", sentences >= 2 && sentences <= 4, true));
        checks.add(new SpecificationCheck("clients", c.clients() > 0, true));
        checks.add(new SpecificationCheck("goals", c.goals() > 0 && c.clientsWithoutGoals() == 0, false));
        checks.add(new SpecificationCheck("results", c.results() > 0, false));
        checks.add(new SpecificationCheck("indicators", c.indicators() > 0, false));
        checks.add(new SpecificationCheck("resources", c.resources() > 0, false));
        checks.add(new SpecificationCheck("executors", c.executors() > 0, false));
        checks.add(new SpecificationCheck("executorsResolved", c.provisional() == 0, false));
        checks.add(new SpecificationCheck("owner", p.ownerPositionId() != null, true));
        checks.add(new SpecificationCheck("content", p.content() != null, false));
        checks.add(new SpecificationCheck("benefit", p.benefit() != null, false));
        checks.add(new SpecificationCheck("repeats", p.repeatsRegularly(), false));
        if (p.level() == 1) {
            checks.add(new SpecificationCheck("structure", c.children() > 0, false));
        }
        return checks;
    }

    /** Every check's key in a fixed order: its position is its bit in the stored set of failed checks. */
    public static final java.util.List<String> KEYS = java.util.List.of("description", "clients", "goals", "results",
            "indicators", "resources", "executors", "executorsResolved", "owner", "content", "benefit", "repeats", "structure");

    /** The bit of a check in {@code process.failed_checks}. */
    public static int bit(String key) {
        return 1 << KEYS.indexOf(key);
    }

    /** The failed checks as a bit set, stored with the completeness figure. */
    static int failedMask(List<SpecificationCheck> checks) {
        return checks.stream().filter(c -> !c.passed()).mapToInt(c -> bit(c.key())).reduce(0, (a, b) -> a | b);
    }

    /** The share of checks passed, 0-100. */
    static int completeness(List<SpecificationCheck> checks) {
        long passed = checks.stream().filter(SpecificationCheck::passed).count();
        return (int) Math.round(100.0 * passed / checks.size());
    }
}
