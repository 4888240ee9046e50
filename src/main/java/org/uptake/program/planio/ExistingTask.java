package org.uptake.program.planio;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A task of the program as the import compares with it. */
record ExistingTask(long id, String externalKey, String title, Long phaseId, Long ownerPersonId, LocalDate plannedStart,
                    LocalDate plannedFinish, LocalDate constraintStart, int durationDays, LocalDate dueDate, boolean milestone,
                    String status, String completionCriterion, BigDecimal effortHours) {

    /** The key an export writes for it: its own code when it came from a file, else its number. */
    String key() {
        return externalKey != null ? externalKey : Long.toString(id);
    }
}
