package org.uptake.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * An approver's decision. Conditions come as a list (API) or as lines of one text box (page).
 *
 * @param onBehalfOfPersonId the approver the actor decides for as their delegate; {@code null}: their own place,
 *                           or the only one they act for
 * @param version            the request's version the decider saw
 */
public record DecisionForm(@NotNull SignOffDecision outcome, @Size(max = 4000) String comment,
                           @Size(max = 20) List<@Size(max = 500) String> conditions, @Size(max = 10000) String conditionsText,
                           Long onBehalfOfPersonId, int version) {

    /** The non-blank conditions of both inputs, stripped. */
    public List<String> allConditions() {
        List<String> all = new ArrayList<>();
        if (conditions != null) {
            conditions.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(all::add);
        }
        if (conditionsText != null) {
            conditionsText.lines().filter(l -> !l.isBlank()).map(String::strip).forEach(all::add);
        }
        return all;
    }

    public String commentText() {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
