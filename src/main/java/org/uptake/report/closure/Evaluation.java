package org.uptake.report.closure;

/**
 * The effectiveness evaluation of a program: what went well, the improvement points and the conclusion
 * against the original objective. A program without one yet has an empty evaluation at version 0.
 */
public record Evaluation(long programId, String wentWell, String improvements, String conclusion, int version) {

    static Evaluation empty(long programId) {
        return new Evaluation(programId, null, null, null, 0);
    }
}
