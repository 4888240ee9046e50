package org.uptake.report.status;

/** The coordinator's verdict on a report's health: the level and the comment that says why (mandatory). */
public record OverrideForm(Rag rag, String comment, Integer version) {
}
