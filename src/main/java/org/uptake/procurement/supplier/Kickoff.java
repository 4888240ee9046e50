package org.uptake.procurement.supplier;

import java.time.LocalDate;

/** The kick-off session with a supplier (seed 002 part D, 7): goals, team, contract format, how stages are accepted. */
public record Kickoff(long supplierId, LocalDate heldOn, String goals, String team, String contractFormat,
                      String acceptanceProcess, int version) {
}
