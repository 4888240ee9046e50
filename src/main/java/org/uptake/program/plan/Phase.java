package org.uptake.program.plan;

import java.time.Instant;

/** A phase of a plan (a stage of its playbook) with its acceptance: who accepted it and when. */
public record Phase(long id, long programId, int position, String name, String description, String seedRef,
                    String sourceKey, String gate, PhaseStatus status, String acceptanceRef, String acceptedByName,
                    Instant acceptedAt, String acceptanceNote, int version) {
}
