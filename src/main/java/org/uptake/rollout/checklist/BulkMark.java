package org.uptake.rollout.checklist;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Marks many items at once: the listed ones with the versions the user saw ({@code versions[i]} belongs to
 * {@code itemIds[i]}), or every item of a wave or of a wave unit (optionally only one category) with the
 * {@code snapshot} token of that wave or wave unit the user saw ({@link ChecklistService#snapshot}). Any item
 * changed meanwhile refuses the whole change as stale. Items already in the target status stay as they are.
 */
public record BulkMark(List<Long> itemIds, List<Integer> versions, Long waveId, Long waveUnitId, Category category,
                       @NotNull ItemStatus status, @Size(max = 2000) String evidenceNote, @Size(max = 100) String snapshot) {
}
