package org.uptake.program.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.uptake.program.playbook.RepeatScope;

/**
 * A task of a program's plan. Planned dates are working days; {@code constraintStart} is the
 * "not before" date someone moved it to (or a wave's go-live plus the step's offset). A task done
 * carries the evidence that its completion criterion is met. {@code source*} link a task another
 * module created (a go/no-go condition, a correction of the strategy) back to its origin.
 */
public record Task(long id, long programId, Long phaseId, int position, String title, String description, String seedRef,
                   String sourceKey, Long ownerPersonId, String ownerName, String ownerPlaceholder,
                   List<Long> ownerCandidates, boolean ownerUnresolved, LocalDate plannedStart, LocalDate plannedFinish,
                   int durationDays, LocalDate constraintStart, LocalDate dueDate, String completionCriterion, String gate,
                   List<String> outputs, TaskStatus status, BigDecimal effortHours, boolean milestone,
                   boolean seriousChange, boolean optional, RepeatScope repeatScope, Long waveId, Long unitId,
                   LocalDate anchorDate, Integer offsetDays, String sourceModule, String sourceRef, String sourceUrl,
                   LocalDate actualStart, LocalDate actualFinish, String startOverrideReason, String completedByName,
                   Instant completedAt, String evidenceNote, String evidenceLink, Long evidenceFileId,
                   String cancelReason, int version) {

    public Task {
        ownerCandidates = ownerCandidates == null ? List.of() : List.copyOf(ownerCandidates);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }

    /** The date it must be done by: the due date when one is set, else the planned finish. */
    public LocalDate deadline() {
        return dueDate != null ? dueDate : plannedFinish;
    }

    public boolean overdue(LocalDate today) {
        return status.open() && deadline().isBefore(today);
    }
}
