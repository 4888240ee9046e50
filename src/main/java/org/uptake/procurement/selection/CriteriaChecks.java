package org.uptake.procurement.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/** The rules a criteria set must keep, checked together so the coordinator sees every problem at once. */
final class CriteriaChecks {

    private CriteriaChecks() {
    }

    static void check(CriteriaForm form, List<Criterion> existing, boolean scored) {
        List<Violation> problems = new ArrayList<>();
        List<CriteriaForm.Line> lines = form.criteria();
        Map<Long, Criterion> known = existing.stream().collect(Collectors.toMap(Criterion::id, Function.identity()));
        int total = 0;
        for (int i = 0; i < lines.size(); i++) {
            CriteriaForm.Line l = lines.get(i);
            String at = "criteria[" + i + "]";
            if (l.name() == null || l.name().isBlank()) {
                problems.add(Violation.of(at + ".name", "selection.error.criterionName"));
            }
            if (l.kind() == null) {
                problems.add(Violation.of(at + ".kind", "selection.error.criterionKind"));
            }
            if (l.weight() == null || l.weight() < 0 || l.weight() > 100) {
                problems.add(Violation.of(at + ".weight", "selection.error.weightRange"));
            } else {
                total += l.weight();
            }
            if (l.id() != null && !known.containsKey(l.id())) {
                problems.add(Violation.of(at + ".id", "selection.error.criterionUnknown", l.id()));
            }
        }
        if (lines.isEmpty()) {
            problems.add(Violation.of("criteria", "selection.error.noCriteria"));
        }
        long prices = lines.stream().filter(l -> l.kind() == CriterionKind.PRICE).count();
        if (prices != 1) {
            problems.add(Violation.of("criteria", "selection.error.onePrice"));
        }
        if (lines.stream().noneMatch(l -> l.kind() == CriterionKind.QUALITY)) {
            problems.add(Violation.of("criteria", "selection.error.noQuality"));
        }
        if (total != 100) {
            problems.add(Violation.of("criteria", "selection.error.weightsTotal", total));
        }
        if (lines.stream().map(CriteriaForm.Line::id).filter(Objects::nonNull).distinct().count()
                != lines.stream().map(CriteriaForm.Line::id).filter(Objects::nonNull).count()) {
            problems.add(Violation.of("criteria", "selection.error.criterionTwice"));
        }
        if (scored && structureChanged(lines, known)) {
            problems.add(Violation.of("criteria", "selection.error.criteriaLocked"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Once scored, the same criteria must stay, each of the same kind; only names, descriptions and weights move. */
    private static boolean structureChanged(List<CriteriaForm.Line> lines, Map<Long, Criterion> known) {
        if (lines.size() != known.size() || lines.stream().anyMatch(l -> l.id() == null)) {
            return true;
        }
        return lines.stream().anyMatch(l -> known.get(l.id()) == null || known.get(l.id()).kind() != l.kind());
    }
}
