package org.uptake.process.document;

import java.time.Instant;

/**
 * A document attached to a process: its regulation (регламент — how the process runs) or an
 * instruction for an executor (the order of operations; "as many as there are operations", seed
 * 002 line 387). The draft is edited in place; each approval freezes a numbered revision.
 */
public record ProcessDocument(long id, long processId, String processName, Kind kind, String title,
                              Long executorPositionId, String executorTitle, String body, Status status,
                              Integer approvedRevision, int version, Instant updatedAt) {

    public enum Kind { REGULATION, INSTRUCTION }

    public enum Status { DRAFT, APPROVED }
}
