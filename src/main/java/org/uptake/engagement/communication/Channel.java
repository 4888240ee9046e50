package org.uptake.engagement.communication;

/** How an item reaches its audience; only e-mail items are sent by the system. */
public enum Channel {
    EMAIL, MEETING, INTRANET, OTHER
}
