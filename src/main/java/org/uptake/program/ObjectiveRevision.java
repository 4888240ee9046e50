package org.uptake.program;

import java.time.Instant;

/** A change of the objective after it was frozen, with the reason; the original stays as it was. */
public record ObjectiveRevision(long id, String objective, String reason, String changedByName, Instant changedAt) {
}
