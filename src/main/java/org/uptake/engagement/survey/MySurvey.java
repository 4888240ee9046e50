package org.uptake.engagement.survey;

import java.time.Instant;

/** A survey the person is invited to: still to answer (while open) or answered. */
public record MySurvey(long id, String title, long programId, String programName, boolean anonymous, Instant closesAt, boolean answered,
                       boolean open) {
}
