package org.uptake.engagement.survey;

/** A group's tally kept apart by respondent role, so supervisors' and employees' feedback never mix. */
public record RoleTally(Tally supervisors, Tally employees) {

    public static final RoleTally EMPTY = new RoleTally(Tally.EMPTY, Tally.EMPTY);

    public static RoleTally of(RespondentRole role, Tally tally) {
        return role == RespondentRole.SUPERVISOR ? new RoleTally(tally, Tally.EMPTY) : new RoleTally(Tally.EMPTY, tally);
    }

    public RoleTally plus(RoleTally other) {
        return new RoleTally(supervisors.plus(other.supervisors), employees.plus(other.employees));
    }

    public Tally all() {
        return supervisors.plus(employees);
    }
}
