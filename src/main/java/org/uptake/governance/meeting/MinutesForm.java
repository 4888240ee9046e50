package org.uptake.governance.meeting;

import jakarta.validation.constraints.Size;

/** The minutes as the secretary writes them. */
public record MinutesForm(@Size(max = 50000) String minutes, int version) {
}
