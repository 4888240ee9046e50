package org.uptake.program.playbook;

import java.time.Instant;

/** One published, immutable state of a playbook; programs point to the version they came from. */
public record PlaybookVersion(long id, long playbookId, int number, PlaybookDefinition definition, String note,
                              String createdByName, Instant createdAt) {
}
