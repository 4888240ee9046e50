package org.uptake.process.spec;

/**
 * Who benefits from the process and uses its results (seed 002 lines 264-272): an outside client, an
 * internal one (the mechanic who receives the work order), or the company itself — only a
 * "conditional" client, but every process states its benefit to the company.
 */
public record ProcessClient(long id, long processId, String name, Kind kind, String needs, int sortOrder, int version) {

    public enum Kind { EXTERNAL, INTERNAL, COMPANY }
}
