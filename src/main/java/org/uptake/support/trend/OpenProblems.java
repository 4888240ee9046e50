package org.uptake.support.trend;

/** A program's problems still open now (new, in progress or waiting for the reporter), by severity. */
public record OpenProblems(long open, long critical, long high, long medium, long low) {

    public static final OpenProblems NONE = new OpenProblems(0, 0, 0, 0, 0);
}
