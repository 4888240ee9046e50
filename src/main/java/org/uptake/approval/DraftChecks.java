package org.uptake.approval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/**
 * Checks a draft before anything is stored, reporting every problem at once: the subject and
 * its link, the unit, the due date, and each step's approvers, rule and quorum.
 */
@Component
class DraftChecks {

    static final int MAX_STEPS = 5;
    static final int MAX_APPROVERS = 50;
    private static final Pattern SUBJECT_TYPE = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");
    /** A path inside Uptake: no scheme, no host ("//evil"), no spaces or backslashes. */
    private static final Pattern LINK = Pattern.compile("/(?![/\\\\])[^\\s\\\\]{0,499}");

    private final SignOffRepository signOffs;

    DraftChecks(SignOffRepository signOffs) {
        this.signOffs = signOffs;
    }

    void validate(long organizationId, SignOffDraft d, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        subject(d, v);
        if (d.unitId() != null && signOffs.unitPath(organizationId, d.unitId()).isEmpty()) {
            v.add(Violation.of("unitId", "approval.error.unitUnknown"));
        }
        if (d.dueOn() != null && d.dueOn().isBefore(today)) {
            v.add(Violation.of("dueOn", "approval.error.dueInPast"));
        }
        if (d.steps().isEmpty()) {
            v.add(Violation.of("steps", "approval.error.noApprovers"));
        } else if (d.steps().size() > MAX_STEPS) {
            v.add(Violation.of("steps", "approval.error.tooManySteps", MAX_STEPS));
        } else {
            for (int i = 0; i < d.steps().size(); i++) {
                step(organizationId, d.steps().get(i), "steps[" + i + "].", v);
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private static void subject(SignOffDraft d, List<Violation> v) {
        if (d.subjectType() == null || !SUBJECT_TYPE.matcher(d.subjectType()).matches()) {
            v.add(Violation.of("subjectType", "approval.error.subjectType"));
        } else if (!SignOffDraft.FREE_TEXT.equals(d.subjectType()) && (d.subjectId() == null || d.linkPath() == null)) {
            v.add(Violation.of("subjectId", "approval.error.subjectMissing"));
        }
        if (d.title() == null || d.title().isBlank()) {
            v.add(Violation.of("title", "NotBlank"));
        } else if (d.title().length() > 200) {
            v.add(Violation.of("title", "approval.error.tooLong", 200));
        }
        if (d.description() != null && d.description().length() > 4000) {
            v.add(Violation.of("description", "approval.error.tooLong", 4000));
        }
        if (d.linkPath() != null && !LINK.matcher(d.linkPath()).matches()) {
            v.add(Violation.of("linkPath", "approval.error.linkPath"));
        }
    }

    private void step(long organizationId, SignOffDraft.Step s, String prefix, List<Violation> v) {
        if (s.name() != null && s.name().length() > 100) {
            v.add(Violation.of(prefix + "name", "approval.error.tooLong", 100));
        }
        List<Long> ids = s.approverPersonIds();
        int m = ids.size();
        if (m == 0) {
            v.add(Violation.of(prefix + "approverPersonIds", "approval.error.noApprovers"));
        } else if (m > MAX_APPROVERS) {
            v.add(Violation.of(prefix + "approverPersonIds", "approval.error.tooManyApprovers", MAX_APPROVERS));
        } else if (new HashSet<>(ids).size() < m) {
            v.add(Violation.of(prefix + "approverPersonIds", "approval.error.duplicateApprover"));
        } else {
            Set<Long> known = new HashSet<>();
            signOffs.currentPeople(organizationId, ids).forEach(p -> known.add(p.id()));
            if (known.size() < m) {
                v.add(Violation.of(prefix + "approverPersonIds", "approval.error.approverUnknown"));
            }
        }
        if (s.rule() == null) {
            v.add(Violation.of(prefix + "rule", "NotNull"));
        } else if (s.rule() == ApprovalRule.QUORUM && (s.quorum() == null || s.quorum() < 1 || s.quorum() > Math.max(m, 1))) {
            v.add(Violation.of(prefix + "quorum", "approval.error.quorumRange", m));
        }
    }
}
