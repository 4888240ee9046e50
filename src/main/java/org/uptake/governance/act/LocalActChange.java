package org.uptake.governance.act;

import java.time.LocalDate;

/** A local act (regulation, job description, contract form…) the program must change, by whom and when. */
public record LocalActChange(long id, long programId, String title, String changeNeeded, Long responsibleId,
                             String responsibleName, LocalDate dueOn, String status, Long documentId, int version) {

    public boolean done() {
        return "DONE".equals(status);
    }
}
