package org.uptake.report.backlog;

/** Where a backlog item came from: entered by hand, a problem of the log, or feedback from users. */
public enum BacklogSource {
    MANUAL, PROBLEM, FEEDBACK
}
