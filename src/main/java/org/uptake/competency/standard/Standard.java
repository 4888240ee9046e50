package org.uptake.competency.standard;

import java.time.Instant;
import java.util.List;

/** An imported professional standard; {@code fictional} marks the demo sample, which is no real standard. */
public record Standard(long id, String code, String name, String activityGoal, List<String> jobTitles, boolean fictional,
                       String importedFrom, String importedByName, int version, Instant createdAt, int functionCount,
                       int mappingCount) {
}
