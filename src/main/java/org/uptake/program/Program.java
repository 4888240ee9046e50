package org.uptake.program;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An implementation program. {@code originalObjective} is what the effect is evaluated against: it is
 * frozen ({@code objectiveFrozenAt}) when preparation ends, and later changes of {@code objective}
 * are kept as revisions. {@code playbookVersionId} is the exact template version the plan came from.
 */
public record Program(long id, long organizationId, String name, ProgramSubject subject, String description,
                      String strategy, String originalObjective, String objective, Instant objectiveFrozenAt,
                      LocalDate startDate, ProgramStatus status, String language, Long playbookId,
                      Long playbookVersionId, Integer playbookVersionNumber, int escalateAfterDays, int version,
                      Instant createdAt, Instant updatedAt) {

    public boolean objectiveFrozen() {
        return objectiveFrozenAt != null;
    }
}
