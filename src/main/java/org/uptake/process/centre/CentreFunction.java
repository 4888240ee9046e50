package org.uptake.process.centre;

/** What a centre does for one process: the function by which it serves it. */
public record CentreFunction(long id, long centreId, String centreName, long processId, String processName, int level,
                             String function, int version) {
}
