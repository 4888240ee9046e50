package org.uptake.competency.standard;

import java.util.List;

/**
 * A professional standard as read from a file, before anything is stored: generalised labour
 * functions, each with its labour functions and their actions, skills and knowledge.
 */
public record ParsedStandard(String code, String name, String activityGoal, List<String> jobTitles, boolean fictional,
                             List<Function> generalised) {

    /** A generalised labour function (children present) or a labour function (actions, skills, knowledge present). */
    public record Function(String code, String name, int level, List<String> actions, List<String> skills,
                           List<String> knowledge, List<Function> children) {
    }

    public int functionCount() {
        return generalised.stream().mapToInt(g -> 1 + g.children().size()).sum();
    }
}
