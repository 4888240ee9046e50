package org.uptake.shared.web;

import org.uptake.shared.Actor;

/**
 * A panel on the home page, contributed by the module that owns its content: the employee's
 * "what does this mean for me?", the head's readiness and pending sign-offs, the coordinator's
 * programs. The home page renders {@code ~{template :: panel(data)}} for every panel whose
 * {@link #data(Actor)} is not {@code null}.
 */
public interface HomePanel {

    /** Position on the page, smaller first. */
    int order();

    /** The template holding a {@code th:fragment="panel(data)"}. */
    String template();

    /** What the fragment shows for this actor, or {@code null} when the panel does not concern them. */
    Object data(Actor actor);
}
