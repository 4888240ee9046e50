package org.uptake.report.closure;

import java.time.Instant;

/**
 * The handover of a program's result to operations: the line owner who takes it over, what is handed over
 * (the solution: system, documents, support arrangements) and the follow-up plan. The line owner accepts it
 * by sign-off; from then on they own the benefits, the open problems and the backlog.
 */
public record Handover(long programId, Long lineOwnerPersonId, String lineOwnerName, String solution, String followUpPlan,
                       HandoverStatus status, Long signOffId, Instant acceptedAt, int version) {

    static Handover empty(long programId) {
        return new Handover(programId, null, null, null, null, HandoverStatus.DRAFT, null, null, 0);
    }

    public boolean draft() {
        return status == HandoverStatus.DRAFT;
    }

    public boolean accepted() {
        return status == HandoverStatus.ACCEPTED;
    }
}
