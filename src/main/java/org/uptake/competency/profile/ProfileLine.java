package org.uptake.competency.profile;

import java.util.List;

/** A competency in the job profile with the highest level any process asks for and the processes that ask. */
public record ProfileLine(long competencyId, String name, int level, String levelName, List<String> processes) {
}
