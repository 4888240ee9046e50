package org.uptake.program.plan;

import java.time.LocalDate;

/**
 * A task another module adds to a program (a go/no-go condition, "correct the strategy", a revision):
 * title, owner, due date, completion criterion, an optional phase, and a link back to its origin.
 */
public record NewTask(String title, Long ownerPersonId, LocalDate dueDate, String completionCriterion, Long phaseId,
                      String sourceModule, String sourceRef, String sourceUrl) {

    TaskForm toForm() {
        var f = new TaskForm();
        f.setTitle(title);
        f.setOwnerPersonId(ownerPersonId);
        f.setDueDate(dueDate);
        f.setCompletionCriterion(completionCriterion);
        f.setPhaseId(phaseId);
        f.setSourceModule(sourceModule);
        f.setSourceRef(sourceRef);
        f.setSourceUrl(sourceUrl);
        return f;
    }
}
