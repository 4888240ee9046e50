package org.uptake.competency.standard;

import java.time.Instant;
import java.util.List;

/** A position renamed to the standard's title, with the personnel documents that must now be amended. */
public record TitleChange(long id, long positionId, String oldTitle, String newTitle, List<String> documents,
                          String changedByName, Instant changedAt) {

    /** Seed 002 line 1266: the staffing table, the employment contract, the personal card and the job description. */
    public static final List<String> DOCUMENTS = List.of("STAFFING_TABLE", "EMPLOYMENT_CONTRACT", "PERSONAL_CARD", "JOB_DESCRIPTION");
}
