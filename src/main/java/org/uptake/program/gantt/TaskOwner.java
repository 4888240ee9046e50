package org.uptake.program.gantt;

/** A person who owns tasks of a program: the owner filter's choices. */
public record TaskOwner(long id, String name) {
}
