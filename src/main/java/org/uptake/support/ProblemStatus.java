package org.uptake.support;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow of a problem. The SLA clock runs while a problem is open and stops while the team waits
 * for the reporter's answer; a resolved problem may be reopened until it is closed.
 */
public enum ProblemStatus {
    NEW, IN_PROGRESS, WAITING_FOR_REPORTER, RESOLVED, CLOSED, DUPLICATE;

    public static final Set<ProblemStatus> OPEN = EnumSet.of(NEW, IN_PROGRESS, WAITING_FOR_REPORTER);

    public boolean open() {
        return OPEN.contains(this);
    }

    /** Where a handler may move a problem from here; merging (DUPLICATE) has its own action. */
    public Set<ProblemStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, WAITING_FOR_REPORTER, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(WAITING_FOR_REPORTER, RESOLVED);
            case WAITING_FOR_REPORTER -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED, DUPLICATE -> EnumSet.noneOf(ProblemStatus.class);
        };
    }

    public boolean mayMoveTo(ProblemStatus target) {
        return next().contains(target);
    }
}
