package org.uptake.engagement.stakeholder;

/** Where a stakeholder stands towards the change, from open resistance to championing it. */
public enum Attitude {
    RESISTANT, SCEPTICAL, NEUTRAL, SUPPORTIVE, CHAMPION
}
