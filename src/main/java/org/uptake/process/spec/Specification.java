package org.uptake.process.spec;

import java.util.List;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessRow;
import org.uptake.process.catalog.ProcessView;

/**
 * A whole specification in the seed's order (seed 002 lines 248-340): the process with its
 * single-valued fields, then clients, goals, results, indicators, resources, suppliers, executors;
 * its sub-processes (structure) and how it fares against the checks.
 */
public record Specification(ProcessView view, List<ProcessClient> clients, List<ProcessGoal> goals,
                            List<ProcessResult> results, List<ProcessIndicator> indicators,
                            List<ProcessResource> resources, List<ProcessSupplier> suppliers,
                            List<ProcessExecutor> executors, List<ProcessRow> subProcesses,
                            List<SpecificationCheck> checks, int completeness) {

    public Process process() {
        return view.process();
    }

    public List<ProcessGoal> goalsOf(long clientId) {
        return goals.stream().filter(g -> g.clientId() == clientId).toList();
    }

    public List<ProcessIndicator> indicatorsOf(long goalId) {
        return indicators.stream().filter(i -> i.goalId() == goalId).toList();
    }

    public List<ProcessResource> resourcesOf(long supplierId) {
        return resources.stream().filter(r -> r.supplierId() == supplierId).toList();
    }

    public String clientName(long clientId) {
        return clients.stream().filter(c -> c.id() == clientId).map(ProcessClient::name).findFirst().orElse("");
    }

    public String goalText(long goalId) {
        return goals.stream().filter(g -> g.id() == goalId).map(ProcessGoal::text).findFirst().orElse("");
    }

    /** Goals are formulated from the clients' point of view: they come once there is a client. */
    public boolean acceptsGoals() {
        return !clients.isEmpty();
    }

    /** Indicators come last: only once goals and results exist (seed 002 line 311). */
    public boolean acceptsIndicators() {
        return !goals.isEmpty() && !results.isEmpty();
    }

    public List<ProcessGoal> goalsWithoutIndicators() {
        return goals.stream().filter(g -> indicatorsOf(g.id()).isEmpty()).toList();
    }

    public List<SpecificationCheck> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    public boolean blocked() {
        return checks.stream().anyMatch(c -> c.blocking() && !c.passed());
    }

    public boolean hasProvisionalExecutors() {
        return executors.stream().anyMatch(ProcessExecutor::provisional);
    }
}
