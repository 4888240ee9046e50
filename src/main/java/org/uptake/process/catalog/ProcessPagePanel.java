package org.uptake.process.catalog;

import org.uptake.shared.Actor;

/**
 * A panel on a process's page contributed by another part of the module (approval, regulations
 * and instructions, responsibility centres…), so the page grows without its controller knowing them.
 * The page renders {@code ~{template :: panel(data)}} for every panel whose data is not {@code null}.
 */
public interface ProcessPagePanel {

    int order();

    String template();

    Object data(Actor actor, Process process);
}
