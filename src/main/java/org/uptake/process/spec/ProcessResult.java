package org.uptake.process.spec;

/** What the process produces at its output — not what it changes (seed 002 lines 193, 293-301). */
public record ProcessResult(long id, long processId, String text, int sortOrder, int version) {
}
