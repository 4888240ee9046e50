package org.uptake.competency.standard;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's attestation against a position's standard (seed 002 line 1272): the level attained and
 * the labour functions not yet mastered. Not passing leads to training, never to dismissal.
 */
public record Attestation(long id, long personId, String personName, long mappingId, String standardCode,
                          String positionTitle, int attainedLevel, int requiredLevel, List<String> unmetFunctions,
                          String note, LocalDate heldOn, String recordedByName) {

    public boolean passed() {
        return attainedLevel >= requiredLevel && unmetFunctions.isEmpty();
    }
}
