package org.uptake.competency.profile;

import org.uptake.competency.catalog.CompetencyKind;

/** A competency an executor of the process needs in this position, at a required level ({@code processId} null: general). */
public record Requirement(long id, long positionId, Long processId, String processName, long competencyId,
                          String competencyName, CompetencyKind kind, int requiredLevel, int version) {
}
