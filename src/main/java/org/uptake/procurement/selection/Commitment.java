package org.uptake.procurement.selection;

import java.time.LocalDate;

/** What a vendor commits to deliver by a date, and how it is accepted; a plan milestone once the vendor is chosen. */
public record Commitment(long id, long vendorId, String title, LocalDate dueOn, String acceptance, Long taskId) {
}
