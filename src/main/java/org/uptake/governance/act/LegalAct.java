package org.uptake.governance.act;

import java.time.LocalDate;

/** A law, standard or other act the program relies on, who studied it and where it is published. */
public record LegalAct(long id, long programId, String title, String level, String number, LocalDate adoptedOn,
                       String referenceUrl, String note, Long studiedById, String studiedByName, int version) {
}
