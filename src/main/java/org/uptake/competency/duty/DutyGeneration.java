package org.uptake.competency.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.uptake.process.catalog.ProcessStatus;
import org.uptake.process.spec.ExecutorSpecification;
import org.uptake.process.spec.ProvisionalRole;

/**
 * Builds the duties table from the specifications "by copying data from the process specifications"
 * (seed 002 line 379): functions as edited for these duties, else the executor's functions in the
 * specification, else the process's content or description for someone to refine.
 */
final class DutyGeneration {

    private DutyGeneration() {
    }

    record Generated(List<JobDuty> rows, List<DutyWarning> warnings, List<String> blockedBy) {
    }

    static Generated generate(List<ExecutorSpecification> specs, Map<Long, DutyRepository.EditedFunctions> edited,
                              List<ProvisionalRole> provisionalRoles) {
        List<JobDuty> rows = new ArrayList<>(specs.size());
        List<DutyWarning> warnings = new ArrayList<>();
        List<String> blockedBy = new ArrayList<>();
        for (ExecutorSpecification s : specs) {
            JobDuty row = row(s, edited.get(s.processId()));
            rows.add(row);
            warn(s, row, warnings);
            if (s.hasProvisionalExecutors()) {
                blockedBy.add(s.name());
            }
        }
        if (!provisionalRoles.isEmpty() && blockedBy.isEmpty()) {
            warnings.add(DutyWarning.of("duties.warning.provisionalElsewhere",
                    String.join(", ", provisionalRoles.stream().limit(10).map(ProvisionalRole::name).toList())));
        }
        return new Generated(rows, warnings, blockedBy);
    }

    private static JobDuty row(ExecutorSpecification s, DutyRepository.EditedFunctions edit) {
        String functions;
        String source;
        if (edit != null) {
            functions = edit.functions();
            source = "EDITED";
        } else if (notBlank(s.functions())) {
            functions = s.functions();
            source = "SPECIFICATION";
        } else if (notBlank(s.content()) || notBlank(s.description())) {
            functions = notBlank(s.content()) ? s.content() : s.description();
            source = "DESCRIPTION";
        } else {
            functions = "";
            source = "NONE";
        }
        List<String> goals = s.goals().stream()
                .map(g -> g.client() == null || g.client().isBlank() ? g.text() : g.text() + " (" + g.client() + ")").toList();
        List<String> indicators = s.indicators().stream()
                .map(i -> i.methods().isEmpty() ? i.name() : i.name() + " — " + String.join("; ", i.methods())).toList();
        return new JobDuty(s.processId(), s.code(), s.name(), s.level(), s.description(), functions, source,
                edit == null ? null : edit.version(), goals, s.results(), indicators, s.ownerPositionId(), s.ownerTitle(), s.status().name(),
                s.completeness(), s.hasProvisionalExecutors());
    }

    private static void warn(ExecutorSpecification s, JobDuty row, List<DutyWarning> warnings) {
        if (s.completeness() < 100) {
            warnings.add(DutyWarning.of("duties.warning.incomplete", s.name(), s.completeness()));
        }
        if (s.status() != ProcessStatus.APPROVED) {
            warnings.add(DutyWarning.of("duties.warning.notApproved", s.name()));
        }
        if (s.goals().isEmpty() || s.results().isEmpty() || s.indicators().isEmpty()) {
            warnings.add(DutyWarning.of("duties.warning.missingParts", s.name()));
        }
        if ("DESCRIPTION".equals(row.functionsSource())) {
            warnings.add(DutyWarning.of("duties.warning.functionsFromDescription", s.name()));
        } else if ("NONE".equals(row.functionsSource())) {
            warnings.add(DutyWarning.of("duties.warning.noFunctions", s.name()));
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
