package org.uptake.report.closure;

import java.util.List;
import org.uptake.program.Program;
import org.uptake.report.lessons.Lesson;

/**
 * Everything the evaluation page and API show: the program with its original objective, each goal with its
 * result, the KPIs before and after, the texts, the interviews and the lessons; {@code edits} says whether
 * the actor may change it now ({@code locked} once the final report went to sign-off).
 */
public record EvaluationView(Program program, Evaluation evaluation, List<GoalResult> goals, List<KpiComparison> kpis,
                             List<Interview> interviews, List<Lesson> lessons, boolean edits, boolean locked) {

    /** Whether every goal has a verdict (a program without goals has nothing to assess). */
    public boolean goalsAssessed() {
        return goals.stream().allMatch(GoalResult::assessed);
    }
}
