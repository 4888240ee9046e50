package org.uptake.approval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a module asks for when it requests a sign-off: the subject (type and id of the record the
 * green light is about, a title, the path of that record's page), optionally the unit the request
 * concerns (its heads see it), a due date, and one or more steps that open one after another.
 *
 * <pre>{@code
 * SignOffDraft.about("rollout.unit", unitGateId, "Go-live of Station 1", "/rollout/gates/" + unitGateId)
 *         .withUnit(unitId).due(goLive.minusDays(3))
 *         .withStep(SignOffDraft.Step.of("Unit head", ApprovalRule.ANY, headPersonId))
 *         .withStep(SignOffDraft.Step.of("Sponsor", ApprovalRule.ANY, sponsorPersonId));
 * }</pre>
 *
 * @param subjectType a lower-case name owned by the requesting module, e.g. {@code rollout.unit},
 *                    {@code program.stage}; {@link #FREE_TEXT} for ad-hoc requests made in the UI
 * @param linkPath    the subject's page inside Uptake, starting with "/" (required except for free text)
 */
public record SignOffDraft(String subjectType, Long subjectId, String title, String description, String linkPath,
                           Long unitId, LocalDate dueOn, List<Step> steps) {

    /** The subject type of ad-hoc requests that concern no record of another module. */
    public static final String FREE_TEXT = "free";

    public SignOffDraft {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public static SignOffDraft about(String subjectType, Long subjectId, String title, String linkPath) {
        return new SignOffDraft(subjectType, subjectId, title, null, linkPath, null, null, List.of());
    }

    public SignOffDraft withStep(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new SignOffDraft(subjectType, subjectId, title, description, linkPath, unitId, dueOn, more);
    }

    public SignOffDraft withUnit(Long unit) {
        return new SignOffDraft(subjectType, subjectId, title, description, linkPath, unit, dueOn, steps);
    }

    public SignOffDraft due(LocalDate date) {
        return new SignOffDraft(subjectType, subjectId, title, description, linkPath, unitId, date, steps);
    }

    public SignOffDraft withDescription(String text) {
        return new SignOffDraft(subjectType, subjectId, title, text, linkPath, unitId, dueOn, steps);
    }

    /**
     * One step: its approvers (person ids) and the rule that decides it.
     *
     * @param quorum the N of "N of M" for {@link ApprovalRule#QUORUM}; ignored otherwise
     */
    public record Step(String name, List<Long> approverPersonIds, ApprovalRule rule, Integer quorum) {

        public Step {
            approverPersonIds = approverPersonIds == null ? List.of()
                    : approverPersonIds.stream().filter(java.util.Objects::nonNull).toList();
        }

        public static Step of(String name, ApprovalRule rule, Long... approvers) {
            return new Step(name, Arrays.asList(approvers), rule, null);
        }

        public static Step quorum(String name, int needed, Long... approvers) {
            return new Step(name, Arrays.asList(approvers), ApprovalRule.QUORUM, needed);
        }
    }
}
