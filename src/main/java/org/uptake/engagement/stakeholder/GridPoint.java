package org.uptake.engagement.stakeholder;

/** One stakeholder on the influence × interest grid. */
public record GridPoint(long id, String name, int influence, int interest, Attitude attitude) {
}
