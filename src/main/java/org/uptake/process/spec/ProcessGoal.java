package org.uptake.process.spec;

/** A change that matters to one client: "what does the process change?" (seed 002 lines 192, 274-291). */
public record ProcessGoal(long id, long processId, long clientId, String text, int sortOrder, int version) {
}
