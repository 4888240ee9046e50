package org.uptake.competency.assessment;

import java.time.Instant;
import java.util.List;

/** A person assessed against their position's job profile: the questionnaire and where it stands. */
public record Assessment(long id, long personId, String personName, long positionId, String positionTitle, String status,
                         String createdByName, Instant createdAt, Instant agreedAt, String agreedByName, int version,
                         List<AssessmentItem> items) {

    public boolean agreed() {
        return "AGREED".equals(status);
    }

    public int totalGap() {
        return items.stream().mapToInt(AssessmentItem::gap).sum();
    }
}
