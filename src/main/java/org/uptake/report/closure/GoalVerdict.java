package org.uptake.report.closure;

/** How far a goal of the program was reached, judged against the evidence. */
public enum GoalVerdict {
    ACHIEVED, PARTLY, NOT_ACHIEVED
}
