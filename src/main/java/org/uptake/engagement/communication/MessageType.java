package org.uptake.engagement.communication;

/** What an item tells its audience (seed 000 item 1.5): progress, an upcoming change, how to get help, why we do this. */
public enum MessageType {
    PROGRESS, UPCOMING_CHANGE, HOW_TO_GET_HELP, WHY
}
