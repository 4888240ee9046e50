package org.uptake.procurement.selection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.budget.Money;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * A program's vendor selections: creating one (with a built-in criteria set), its procurement plan,
 * and its criteria with weights that must total 100 %. Changing weights after scoring recalculates the
 * ranking, and the audit entry records the ranking before and after.
 */
@Service
public class SelectionService {

    public static final String ENTITY = "selection";
    public static final int SHORTLIST_ADVICE = 5;

    private final ProgramService programs;
    private final SelectionRepository selections;
    private final ScoreRepository scores;
    private final BuiltInCriteria builtIn;
    private final SelectionResults results;
    private final AuditLog audit;

    SelectionService(ProgramService programs, SelectionRepository selections, ScoreRepository scores, BuiltInCriteria builtIn,
                     SelectionResults results, AuditLog audit) {
        this.programs = programs;
        this.selections = selections;
        this.scores = scores;
        this.builtIn = builtIn;
        this.results = results;
        this.audit = audit;
    }

    /** The selection with what the actor may do; another organisation's (or program's) selection is not found. */
    public SelectionAccess access(Actor actor, long programId, long selectionId) {
        ProgramAccess program = programs.access(actor, programId);
        Selection s = selections.find(actor.organizationId(), programId, selectionId)
                .orElseThrow(() -> new NotFoundException(ENTITY, selectionId));
        boolean evaluator = actor.personId() != null
                && scores.evaluators(selectionId).stream().anyMatch(e -> e.personId() == actor.personId());
        SelectionAccess access = new SelectionAccess(s, program, evaluator);
        if (!access.reads()) {
            throw new ForbiddenException("read selection");
        }
        return access;
    }

    public SelectionAccess requireManager(Actor actor, long programId, long selectionId) {
        SelectionAccess access = access(actor, programId, selectionId);
        if (!access.manages()) {
            throw new ForbiddenException("manage selection");
        }
        return access;
    }

    /** As {@link #requireManager}, and the selection must still be open (not decided nor waiting for sign-off). */
    SelectionAccess requireOpen(Actor actor, long programId, long selectionId) {
        SelectionAccess access = requireManager(actor, programId, selectionId);
        if (!access.selection().open()) {
            throw new InvalidInputException(null, "selection.error.notOpen");
        }
        return access;
    }

    public List<Selection> list(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return selections.list(actor.organizationId(), programId);
    }

    public Selection get(Actor actor, long programId, long selectionId) {
        return access(actor, programId, selectionId).selection();
    }

    public List<Criterion> criteria(Actor actor, long programId, long selectionId) {
        access(actor, programId, selectionId);
        return selections.criteria(selectionId);
    }

    @Transactional
    public Selection create(Actor actor, long programId, SelectionForm form) {
        if (programs.requireEditor(actor, programId).program().status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        List<Violation> problems = check(form);
        if (!BuiltInCriteria.known(form.criteriaSet())) {
            problems.add(Violation.of("criteriaSet", "selection.error.criteriaSet"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = selections.insert(actor.organizationId(), programId, form);
        List<CriteriaForm.Line> lines = builtIn.lines(form.criteriaSet(), LocaleContextHolder.getLocale());
        for (int i = 0; i < lines.size(); i++) {
            selections.insertCriterion(actor.organizationId(), id, i, lines.get(i));
        }
        Selection created = selections.find(actor.organizationId(), programId, id).orElseThrow();
        audit.created(actor, ENTITY, id, Map.of("selection", created, "criteria", weights(selections.criteria(id))));
        return created;
    }

    @Transactional
    public Selection update(Actor actor, long programId, long selectionId, SelectionForm form) {
        Selection before = requireManager(actor, programId, selectionId).selection();
        List<Violation> problems = check(form);
        if (!before.currency().equals(form.currency()) && selections.hasVendors(selectionId)) {
            problems.add(Violation.of("currency", "selection.error.currencyLocked"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (selections.update(actor.organizationId(), selectionId, form) == 0) {
            throw new StaleVersionException(ENTITY, selectionId);
        }
        Selection after = selections.find(actor.organizationId(), programId, selectionId).orElseThrow();
        audit.updated(actor, ENTITY, selectionId, before, after);
        return after;
    }

    private static List<Violation> check(SelectionForm f) {
        List<Violation> problems = new ArrayList<>();
        if (f.title() == null || f.title().isBlank() || f.title().length() > 300) {
            problems.add(Violation.of("title", "selection.error.title"));
        }
        if (Money.currencyOf(f.currency()) == null || !f.currency().equals(f.currency().toUpperCase(java.util.Locale.ROOT))) {
            problems.add(Violation.of("currency", "selection.error.currency"));
        }
        if (f.tenderPublishedOn() != null && f.bidsDueOn() != null && f.bidsDueOn().isBefore(f.tenderPublishedOn())) {
            problems.add(Violation.of("bidsDueOn", "selection.error.bidsBeforeTender"));
        }
        if (f.bidsDueOn() != null && f.decisionDueOn() != null && f.decisionDueOn().isBefore(f.bidsDueOn())) {
            problems.add(Violation.of("decisionDueOn", "selection.error.decisionBeforeBids"));
        }
        return problems;
    }

    /**
     * Replaces the criteria set. Every problem is reported at once and nothing is saved: weights that do
     * not total 100 %, not exactly one price criterion, no quality criterion, unnamed lines. Once scores
     * exist only names, descriptions and weights may change (adding, removing or re-kinding a criterion
     * would make the evaluators' sheets incomplete).
     */
    @Transactional
    public List<Criterion> saveCriteria(Actor actor, long programId, long selectionId, CriteriaForm form) {
        Selection selection = requireOpen(actor, programId, selectionId).selection();
        List<Criterion> before = selections.criteria(selectionId);
        boolean scored = scores.anyScore(selectionId);
        CriteriaChecks.check(form, before, scored);
        List<VendorResult> rankingBefore = scored ? results.ranking(selection, before) : List.of();
        if (selections.bump(actor.organizationId(), selectionId, form.version()) == 0) {
            throw new StaleVersionException(ENTITY, selectionId);
        }
        List<Long> keep = form.criteria().stream().map(CriteriaForm.Line::id).filter(Objects::nonNull).toList();
        selections.deleteCriteriaExcept(selectionId, keep);
        for (int i = 0; i < form.criteria().size(); i++) {
            CriteriaForm.Line line = form.criteria().get(i);
            if (line.id() == null) {
                selections.insertCriterion(actor.organizationId(), selectionId, i, line);
            } else {
                selections.updateCriterion(selectionId, i, line);
            }
        }
        List<Criterion> after = selections.criteria(selectionId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", weights(before));
        details.put("after", weights(after));
        if (scored) {
            details.put("rankingBefore", ranks(rankingBefore));
            details.put("rankingAfter", ranks(results.ranking(selection, after)));
        }
        audit.action(actor, ENTITY, selectionId, scored ? "weightsRecalculated" : "criteriaChanged", details);
        return after;
    }

    static Map<String, Integer> weights(List<Criterion> criteria) {
        Map<String, Integer> w = new LinkedHashMap<>();
        criteria.forEach(c -> w.put(c.name(), c.weight()));
        return w;
    }

    private static List<String> ranks(List<VendorResult> ranking) {
        return ranking.stream().map(r -> r.rank() + ". " + r.name() + " " + r.total()).toList();
    }

    /** Whether the shortlist is longer than seed 002 advises (five). */
    public static boolean shortlistTooLong(List<Vendor> vendors) {
        return vendors.stream().filter(Vendor::shortlisted).count() > SHORTLIST_ADVICE;
    }

    static Set<Long> ids(List<Criterion> criteria) {
        return new HashSet<>(criteria.stream().map(Criterion::id).toList());
    }
}
