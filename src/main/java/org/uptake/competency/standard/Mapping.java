package org.uptake.competency.standard;

import java.util.List;
import java.util.Locale;

/**
 * A position mapped to labour functions of a standard, with the functional analysis behind it
 * (seed 002 lines 1214–1226): the position's goals against the standard's activity goal.
 */
public record Mapping(long id, long positionId, String positionTitle, long standardId, String standardCode,
                      String standardName, String activityGoal, List<String> standardTitles, List<Long> functionIds,
                      String positionGoals, String analysisNote, boolean goalsMatch, boolean mandatory,
                      MandatoryReason mandatoryReason, String legalBasis, int requiredLevel, int version) {

    /** Matched by title alone: nobody compared the goals, which the seed calls a gross error. */
    public boolean titleOnly() {
        return !goalsMatch || positionGoals == null || positionGoals.isBlank();
    }

    /** The position's title is one the standard names. */
    public boolean titleAligned() {
        String t = positionTitle.strip().toLowerCase(Locale.ROOT);
        return standardTitles.stream().anyMatch(s -> s.strip().toLowerCase(Locale.ROOT).equals(t));
    }

    /** Only a mandatory standard obliges the organisation to use its title (seed 002 lines 1230–1236). */
    public boolean titleChangeNeeded() {
        return mandatory && !titleAligned() && !standardTitles.isEmpty();
    }
}
