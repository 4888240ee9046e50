package org.uptake.rollout.checklist;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Marks many items at once: the listed ones, or every item of a wave or of a wave unit (optionally only one
 * category).
 * Items already in the target status stay as they are.
 */
public record BulkMark(List<Long> itemIds, Long waveId, Long waveUnitId, Category category, @NotNull ItemStatus status,
                       @Size(max = 2000) String evidenceNote) {
}
