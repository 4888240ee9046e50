package org.uptake.rollout.checklist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An item of a unit's checklist: what (title, category; for access items whose account), who sees to it
 * (owner), by when, where it stands and the evidence (a note and/or a stored file).
 */
public record ChecklistItem(long id, long programId, long waveUnitId, String unitName, Long templateItemId, Category category,
                            String title, Long personId, String personName, Long ownerPersonId, String ownerName,
                            LocalDate dueDate, ItemStatus status, String evidenceNote, Long evidenceFileId,
                            String evidenceFileName, String doneByName, Instant doneAt, int version) {

    public boolean overdue(LocalDate today) {
        return dueDate != null && !status.complete() && dueDate.isBefore(today);
    }
}
