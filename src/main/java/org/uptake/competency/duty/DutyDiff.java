package org.uptake.competency.duty;

import java.util.List;

/**
 * The duties as generated now against the latest issued revision: which processes were added, which
 * removed and which changed (and in which columns).
 */
public record DutyDiff(DutyRevision against, List<Entry> entries) {

    public DutyDiff {
        entries = List.copyOf(entries);
    }

    public record Entry(long processId, String processName, String change, List<String> fields) {
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
