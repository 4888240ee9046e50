package org.uptake.report.closure;

/** A goal of the program with its verdict and evidence; {@code verdict} is null while it is not assessed yet. */
public record GoalResult(long goalId, String statement, GoalVerdict verdict, String evidence, int version) {

    public boolean assessed() {
        return verdict != null;
    }
}
