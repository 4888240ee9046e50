package org.uptake.procurement.selection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.procurement.selection.CommitmentForm;
import org.uptake.procurement.selection.CriteriaForm;
import org.uptake.procurement.selection.CriterionKind;
import org.uptake.procurement.selection.ScoreSheetForm;
import org.uptake.procurement.selection.ScoringService;
import org.uptake.procurement.selection.SelectionDecisionForm;
import org.uptake.procurement.selection.SelectionDecisions;
import org.uptake.procurement.selection.VendorService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/** The forms of a selection's page: criteria and weights, vendors, evaluators, scores, decision, commitments. */
@Controller
@RequestMapping("/programs/{programId}/selections/{selectionId}")
class SelectionFormController {

    private final org.uptake.procurement.selection.SelectionService selections;
    private final VendorService vendors;
    private final ScoringService scoring;
    private final SelectionDecisions decisions;
    private final SelectionPageModel page;

    SelectionFormController(org.uptake.procurement.selection.SelectionService selections, VendorService vendors,
                            ScoringService scoring, SelectionDecisions decisions, SelectionPageModel page) {
        this.selections = selections;
        this.vendors = vendors;
        this.scoring = scoring;
        this.decisions = decisions;
        this.page = page;
    }

    /** Runs a change and goes back to the page, or shows the page with the reasons it was refused. */
    private String change(long programId, long selectionId, Model model, Runnable action) {
        Actor actor = CurrentActor.get();
        try {
            action.run();
            return "redirect:/programs/" + programId + "/selections/" + selectionId;
        } catch (InvalidInputException | StaleVersionException e) {
            return page.refused(actor, programId, selectionId, model, e);
        }
    }

    /** The criteria table posts parallel lists; a line without a name adds nothing. */
    @PostMapping("/criteria")
    String criteria(@PathVariable long programId, @PathVariable long selectionId,
                    @RequestParam(name = "id", required = false) List<String> ids,
                    @RequestParam(name = "name", required = false) List<String> names,
                    @RequestParam(name = "kind", required = false) List<String> kinds,
                    @RequestParam(name = "weight", required = false) List<String> weights,
                    @RequestParam int version, Model model) {
        return change(programId, selectionId, model, () -> {
            List<CriteriaForm.Line> lines = new ArrayList<>();
            int n = names == null ? 0 : names.size();
            for (int i = 0; i < n; i++) {
                String name = names.get(i);
                if (name == null || name.isBlank()) {
                    continue;
                }
                lines.add(new CriteriaForm.Line(number(at(ids, i)), name.strip(), null, kind(at(kinds, i)),
                        integer(at(weights, i))));
            }
            selections.saveCriteria(CurrentActor.get(), programId, selectionId, new CriteriaForm(lines, version));
        });
    }

    @PostMapping("/vendors")
    String addVendor(@PathVariable long programId, @PathVariable long selectionId, @RequestParam Map<String, String> form,
                     Model model) {
        return change(programId, selectionId, model, () -> vendors.create(CurrentActor.get(), programId, selectionId,
                VendorFormReader.read(form, selections.get(CurrentActor.get(), programId, selectionId).currency())));
    }

    @PostMapping("/vendors/{vendorId}/delete")
    String deleteVendor(@PathVariable long programId, @PathVariable long selectionId, @PathVariable long vendorId,
                        @RequestParam int version, Model model) {
        return change(programId, selectionId, model,
                () -> vendors.delete(CurrentActor.get(), programId, selectionId, vendorId, version));
    }

    @PostMapping("/evaluators")
    String addEvaluator(@PathVariable long programId, @PathVariable long selectionId,
                        @RequestParam(required = false) Long personId, Model model) {
        return change(programId, selectionId, model,
                () -> scoring.addEvaluator(CurrentActor.get(), programId, selectionId, personId));
    }

    /** Scores come as {@code s_<vendor>_<criterion>}; empty fields are left unscored; "submit" also submits. */
    @PostMapping("/scores")
    String scores(@PathVariable long programId, @PathVariable long selectionId, @RequestParam Map<String, String> form,
                  Model model) {
        return change(programId, selectionId, model, () -> {
            int version = integer(form.get("version"));
            List<ScoreSheetForm.Entry> entries = new ArrayList<>();
            List<Violation> problems = new ArrayList<>();
            form.forEach((key, value) -> {
                String[] parts = key.split("_");
                if (parts.length != 3 || !"s".equals(parts[0]) || value == null || value.isBlank()) {
                    return;
                }
                Integer score = integerOrNull(value);
                if (score == null) {
                    problems.add(Violation.of(key, "selection.error.scoreRange", 0, 10));
                }
                entries.add(new ScoreSheetForm.Entry(Long.parseLong(parts[1]), Long.parseLong(parts[2]), score));
            });
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Actor actor = CurrentActor.get();
            scoring.score(actor, programId, selectionId, new ScoreSheetForm(entries, version));
            if (form.containsKey("submit")) {
                scoring.submit(actor, programId, selectionId, version + 1);
            }
        });
    }

    @PostMapping("/decision")
    String decide(@PathVariable long programId, @PathVariable long selectionId, @RequestParam(required = false) Long vendorId,
                  @RequestParam(required = false) String rationale,
                  @RequestParam(required = false) List<Long> approverPersonIds, @RequestParam int version, Model model) {
        return change(programId, selectionId, model, () -> decisions.decide(CurrentActor.get(), programId, selectionId,
                new SelectionDecisionForm(vendorId, rationale, approverPersonIds, version)));
    }

    @PostMapping("/commitments")
    String commitment(@PathVariable long programId, @PathVariable long selectionId, @RequestParam(required = false) Long vendorId,
                      @RequestParam(required = false) String title, @RequestParam(required = false) java.time.LocalDate dueOn,
                      @RequestParam(required = false) String acceptance, Model model) {
        return change(programId, selectionId, model, () -> {
            selections.requireManager(CurrentActor.get(), programId, selectionId);
            List<Violation> problems = new ArrayList<>();
            if (vendorId == null) {
                problems.add(Violation.of("vendorId", "selection.error.commitmentVendor"));
            }
            if (title == null || title.isBlank() || dueOn == null || acceptance == null || acceptance.isBlank()) {
                problems.add(Violation.of("title", "selection.error.commitment"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            vendors.addCommitment(CurrentActor.get(), programId, selectionId, vendorId,
                    new CommitmentForm(title.strip(), dueOn, acceptance.strip()));
        });
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    private static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integerOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String s) {
        Integer value = integerOrNull(s);
        return value == null ? 0 : value;
    }

    private static CriterionKind kind(String s) {
        try {
            return s == null ? null : CriterionKind.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
