package org.uptake.training.enrolment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Whom to enrol: the listed people, plus everyone matching all of the given filters (in one of the
 * units or their subtrees, in the wave's units, holding one of the positions) — "everyone in wave 2 in
 * positions X and Y" is {@code waveId} + {@code positionIds}.
 */
public record Selection(@Size(max = 20000) List<@NotNull Long> personIds, @Size(max = 1000) List<@NotNull Long> unitIds,
                        @Size(max = 500) List<@NotNull Long> positionIds, Long waveId) {

    public List<Long> persons() {
        return personIds == null ? List.of() : personIds.stream().distinct().toList();
    }

    public List<Long> units() {
        return unitIds == null ? List.of() : unitIds.stream().distinct().toList();
    }

    public List<Long> positions() {
        return positionIds == null ? List.of() : positionIds.stream().distinct().toList();
    }

    /** Whether any group filter is set (otherwise only the listed people are enrolled). */
    public boolean filtered() {
        return !units().isEmpty() || !positions().isEmpty() || waveId != null;
    }

    public boolean empty() {
        return persons().isEmpty() && !filtered();
    }
}
