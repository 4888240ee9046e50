package org.uptake.training.enrolment;

/** What the trainer marks for an enrolled person. */
public enum Attendance {
    ATTENDED, NO_SHOW, EXCUSED
}
