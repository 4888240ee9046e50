package org.uptake.report.closure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.uptake.report.lessons.Lesson;

/**
 * What the final report says, as one value: the program and its original objective, each goal's result, the
 * KPIs before and after, the evaluation's texts, the interviews, the lessons, the summary and recommendations.
 * Built live while the report is a draft and stored as the frozen snapshot once it goes to sign-off.
 */
public record ReportContent(String programName, String originalObjective, String objective, LocalDate startDate,
                            List<GoalResult> goals, List<KpiComparison> kpis, String wentWell, String improvements,
                            String conclusion, List<Interview> interviews, List<Lesson> lessons, String summary,
                            String recommendations, Instant preparedAt) {

    public ReportContent {
        goals = goals == null ? List.of() : List.copyOf(goals);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
    }

    /** Whether the objective changed after it was frozen: the report then names both. */
    public boolean objectiveRevised() {
        return originalObjective != null && objective != null && !originalObjective.equals(objective);
    }
}
