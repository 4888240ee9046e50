package org.uptake.process.centre;

/**
 * A process no responsibility centre serves — neither it, nor a process it belongs to, nor any of its
 * sub-processes — listed once for its whole unserved branch ({@code subProcesses} below it).
 */
public record OrphanProcess(long id, String name, int level, long subProcesses) {
}
