package org.uptake.competency.duty;

import java.util.List;

/**
 * One row of the job duties table (seed 002 lines 377-385): a process the position executes, the
 * functions it performs there, and the goals, results and indicators copied from the specification.
 *
 * @param functionsSource EDITED (written for these duties), SPECIFICATION (the executor's functions in
 *                        the specification), DESCRIPTION (the process's content or description, to refine) or NONE
 * @param functionsVersion version of the edited functions, {@code null} while nothing was edited
 */
public record JobDuty(long processId, String code, String name, int level, String description, String functions,
                      String functionsSource, Integer functionsVersion, List<String> goals, List<String> results,
                      List<String> indicators, Long ownerPositionId, String ownerTitle, String status, int completeness, boolean provisional) {

    public JobDuty {
        goals = List.copyOf(goals);
        results = List.copyOf(results);
        indicators = List.copyOf(indicators);
    }

    /** Which columns differ from an earlier version of the same row (for the change view). */
    public List<String> differencesFrom(JobDuty earlier) {
        var fields = new java.util.ArrayList<String>();
        if (!java.util.Objects.equals(name, earlier.name)) {
            fields.add("process");
        }
        if (!java.util.Objects.equals(functions, earlier.functions)) {
            fields.add("functions");
        }
        if (!goals.equals(earlier.goals)) {
            fields.add("goals");
        }
        if (!results.equals(earlier.results)) {
            fields.add("results");
        }
        if (!indicators.equals(earlier.indicators)) {
            fields.add("indicators");
        }
        return fields;
    }
}
