package org.uptake.report.backlog;

/** How soon a backlog item should be taken up. */
public enum BacklogPriority {
    HIGH, MEDIUM, LOW
}
