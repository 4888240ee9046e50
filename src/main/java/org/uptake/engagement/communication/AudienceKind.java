package org.uptake.engagement.communication;

/** Whom an item addresses: units with their subtrees, positions, waves (their units) or stakeholders of the program. */
public enum AudienceKind {
    UNIT, POSITION, WAVE, STAKEHOLDER
}
