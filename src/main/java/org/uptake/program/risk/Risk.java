package org.uptake.program.risk;

import java.util.List;

/** A risk of a program, scored probability × impact (each 1–5), with the tasks it threatens. */
public record Risk(long id, long programId, String title, String description, int probability, int impact,
                   Long ownerPersonId, String ownerName, String mitigation, RiskStatus status, List<LinkedTask> tasks,
                   int version) {

    public Risk {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    public int score() {
        return probability * impact;
    }

    /** Low (1–4), medium (5–9), high (10–16), critical (20–25): the heat map's colour bands. */
    public String band() {
        return RiskScale.band(score());
    }

    public record LinkedTask(long id, String title, String status) {
    }
}
