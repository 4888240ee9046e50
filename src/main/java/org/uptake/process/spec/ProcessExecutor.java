package org.uptake.process.spec;

/**
 * Who does the work: a position, never a person's name; while the structure is unsettled a
 * provisional role name stands in and is flagged until resolved (seed 002 line 196). {@code functions}
 * says what this executor does in the process — the job duties start from it.
 */
public record ProcessExecutor(long id, long processId, Long positionId, String positionTitle, String provisionalRole,
                              String functions, int sortOrder, int version) {

    public boolean provisional() {
        return positionId == null;
    }

    public String label() {
        return positionId != null ? positionTitle : provisionalRole;
    }
}
