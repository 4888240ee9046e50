package org.uptake.shared.importing;

/** How far an apply has got; the mechanism stores it in the job row, which the progress bar polls. */
public interface ImportProgress {

    /** Another {@code rows} rows have been written. */
    void advance(int rows);

    ImportProgress NONE = rows -> { };
}
