package org.uptake.engagement.stakeholder;

import java.util.List;

/**
 * A stakeholder of a program: a person of the organisation ({@code personId}), an outside person or a group
 * ({@code name}, optional e-mail, optional unit and position that say who belongs to the group), placed on the
 * influence × interest grid (each 1–5) with an attitude and concerns.
 */
public record Stakeholder(long id, long programId, StakeholderKind kind, Long personId, String displayName, boolean internal,
                          String email, Long unitId, String unitName, Long positionId, String positionTitle, int influence,
                          int interest, Attitude attitude, String notes, List<Concern> concerns, int version) {

    public Stakeholder {
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
    }

    /** The grid's quadrant: manage closely, keep satisfied, keep informed, monitor. */
    public String quadrant() {
        boolean high = influence >= 3;
        boolean keen = interest >= 3;
        return high ? (keen ? "manageClosely" : "keepSatisfied") : (keen ? "keepInformed" : "monitor");
    }

    public long openConcerns() {
        return concerns.stream().filter(c -> !c.addressed()).count();
    }
}
