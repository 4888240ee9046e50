package org.uptake.program.plan;

import java.util.List;
import org.uptake.shared.Actor;
import org.uptake.shared.error.Violation;

/**
 * A capability's say before a task starts or is marked done, beyond the plan's own order: the
 * rollout declares one that asks for the unit heads' green light before a task marked
 * {@link Task#seriousChange()} is completed. Every bean is asked; any violation refuses the change.
 */
public interface TaskStartGuard {

    /** Why the task may not start now (or be completed straight from "not started"); empty when it may. */
    List<Violation> check(Actor actor, Task task);

    /** Why the task may not be marked done now, whatever its status; by default the same as {@link #check}. */
    default List<Violation> checkCompletion(Actor actor, Task task) {
        return check(actor, task);
    }
}
