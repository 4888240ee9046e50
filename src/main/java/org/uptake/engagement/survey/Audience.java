package org.uptake.engagement.survey;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * To whom a survey goes. Units include their sub-units; a wave means its units. Places (units, waves)
 * and positions combine as "these positions in these places"; either alone means all of it.
 */
public record Audience(@Size(max = 2000) List<Long> unitIds, @Size(max = 500) List<Long> positionIds,
                       @Size(max = 100) List<Long> waveIds, int version) {

    public Audience {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        positionIds = positionIds == null ? List.of() : List.copyOf(positionIds);
        waveIds = waveIds == null ? List.of() : List.copyOf(waveIds);
    }

    public boolean empty() {
        return unitIds.isEmpty() && positionIds.isEmpty() && waveIds.isEmpty();
    }
}
