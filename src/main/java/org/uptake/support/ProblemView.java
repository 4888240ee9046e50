package org.uptake.support;

import java.util.List;

/**
 * A problem with what the actor may do with it: triage (coordinators, admins), handle (also its owner),
 * and act as its reporter (reply, confirm, reopen).
 */
public record ProblemView(Problem problem, boolean triages, boolean handles, boolean reporter,
                          List<ProblemNote> notes, List<ProblemAttachment> attachments, List<Long> duplicates) {

    public ProblemView {
        notes = List.copyOf(notes);
        attachments = List.copyOf(attachments);
        duplicates = List.copyOf(duplicates);
    }
}
