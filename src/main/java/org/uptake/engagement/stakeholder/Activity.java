package org.uptake.engagement.stakeholder;

import java.time.LocalDate;

/** An anchoring activity with a stakeholder (a talk, a demo, a role in the pilot), optionally tied to a plan task. */
public record Activity(long id, long programId, long stakeholderId, String stakeholderName, String title, Long taskId,
                       String taskTitle, LocalDate dueOn, boolean done, int version) {
}
