package org.uptake.procurement.requirement;

import java.util.List;

/**
 * A requirement written as a scenario of one role (seed 002 part D, 3.2–3.5): who does what in the new
 * system, at which stage (1 is the minimum sufficient version), how much it matters, for which internal
 * customer (a person or a position) and which processes it concerns.
 */
public record Requirement(long id, long programId, String role, String scenario, int stage, Priority priority,
                          Long customerPersonId, Long customerPositionId, String customerName, List<LinkedProcess> processes,
                          int version) {

    public Requirement {
        processes = processes == null ? List.of() : List.copyOf(processes);
    }

    public List<Long> processIds() {
        return processes.stream().map(LinkedProcess::id).toList();
    }

    public record LinkedProcess(long id, String code, String name) {
    }
}
