package org.uptake.program.plan;

import java.util.List;
import org.uptake.shared.Actor;
import org.uptake.shared.error.Violation;

/**
 * A capability's say before a task starts or is marked done, beyond the plan's own order: the
 * rollout declares one that asks for the unit head's green light before a task marked
 * {@link Task#seriousChange()} starts. Every bean is asked; any violation refuses the change.
 */
public interface TaskStartGuard {

    /** Why the task may not start (or be completed) now; empty when it may. */
    List<Violation> check(Actor actor, Task task);
}
