package org.uptake.governance.meeting;

/** Planned (agenda only), held (attendance recorded), closed (minutes final, no more votes). */
public enum MeetingStatus {
    PLANNED, HELD, CLOSED
}
