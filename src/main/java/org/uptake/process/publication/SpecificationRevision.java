package org.uptake.process.publication;

import java.time.Instant;

/** An approved specification as it was signed: who approved it, when, and the text (JSON) they approved. */
public record SpecificationRevision(long processId, int revision, String approvedByName, Instant approvedAt,
                                    String comment, String snapshot) {
}
