package org.uptake.shared.importing;

/**
 * Where an import stands. CHECKED: the preview found no problem and it may be applied.
 * REJECTED: some row has a problem; nothing can be applied. APPLYING: the all-or-nothing write
 * runs. APPLIED: done. FAILED: the apply stopped (a conflicting change, an interruption) and
 * nothing was written.
 */
public enum ImportStatus {
    CHECKING, CHECKED, REJECTED, APPLYING, APPLIED, FAILED;

    public boolean finished() {
        return this == REJECTED || this == APPLIED || this == FAILED;
    }
}
