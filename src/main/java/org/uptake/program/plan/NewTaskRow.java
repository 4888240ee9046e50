package org.uptake.program.plan;

import java.time.LocalDate;
import java.util.List;
import org.uptake.program.playbook.RepeatScope;

/** A task about to be inserted, with its reserved id (a batch shares anchor date and source). */
record NewTaskRow(long id, Long phaseId, int position, String title, String description, String seedRef, String sourceKey,
                  Long ownerPersonId, String ownerPlaceholder, List<Long> ownerCandidates, boolean ownerUnresolved,
                  LocalDate plannedStart, LocalDate plannedFinish, int durationDays, LocalDate constraintStart,
                  LocalDate dueDate, String completionCriterion, String gate, String outputsJson, boolean milestone,
                  boolean seriousChange, boolean optional, RepeatScope repeatScope, Long waveId, Long unitId,
                  Integer offsetDays, LocalDate anchorDate, String sourceModule, String sourceRef, String sourceUrl) {
}
