package org.uptake.procurement.selection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * Independent scoring: evaluators score the shortlist on the quality criteria (0–10) and submit. Until
 * every evaluator has submitted, each sees only their own scores and nobody — coordinators and admins
 * included — sees anyone else's or the ranking; the coordinator sees who has submitted. This is enforced
 * here, so the pages and the API cannot leak it.
 */
@Service
public class ScoringService {

    private final SelectionService selections;
    private final SelectionRepository criteria;
    private final ScoreRepository scores;
    private final SelectionResults results;
    private final AuditLog audit;

    ScoringService(SelectionService selections, SelectionRepository criteria, ScoreRepository scores,
                   SelectionResults results, AuditLog audit) {
        this.selections = selections;
        this.criteria = criteria;
        this.scores = scores;
        this.results = results;
        this.audit = audit;
    }

    public List<Evaluator> evaluators(Actor actor, long programId, long selectionId) {
        selections.access(actor, programId, selectionId);
        return scores.evaluators(selectionId);
    }

    @Transactional
    public List<Evaluator> addEvaluator(Actor actor, long programId, long selectionId, Long personId) {
        selections.requireOpen(actor, programId, selectionId);
        if (personId == null || !scores.personExists(actor.organizationId(), personId)) {
            throw new InvalidInputException("personId", "selection.error.evaluatorUnknown");
        }
        if (scores.addEvaluator(actor.organizationId(), selectionId, personId)) {
            audit.action(actor, SelectionService.ENTITY, selectionId, "evaluatorAdded", Map.of("personId", personId));
        }
        return scores.evaluators(selectionId);
    }

    @Transactional
    public List<Evaluator> removeEvaluator(Actor actor, long programId, long selectionId, long personId) {
        selections.requireOpen(actor, programId, selectionId);
        if (scores.removeEvaluator(selectionId, personId) == 1) {
            audit.action(actor, SelectionService.ENTITY, selectionId, "evaluatorRemoved", Map.of("personId", personId));
        }
        return scores.evaluators(selectionId);
    }

    /**
     * The sheet of one evaluator ({@code personId}, or the actor's own when null). Another evaluator's
     * scores before everyone has submitted are refused (403), whoever asks.
     */
    public ScoreSheet sheet(Actor actor, long programId, long selectionId, Long personId) {
        SelectionAccess access = selections.access(actor, programId, selectionId);
        List<Evaluator> evaluators = scores.evaluators(selectionId);
        boolean all = !evaluators.isEmpty() && evaluators.stream().allMatch(Evaluator::submitted);
        Evaluator me = access.evaluator() ? evaluators.stream().filter(e -> e.personId() == actor.personId()).findFirst()
                .orElse(null) : null;
        boolean askingForOther = personId != null && (me == null || personId != me.personId());
        if (askingForOther && !all) {
            throw new ForbiddenException("read another evaluator's scores before everyone has submitted");
        }
        List<Score> visible;
        if (personId != null) {
            visible = scores.scoresOf(selectionId, personId);
        } else if (all) {
            visible = scores.all(selectionId);
        } else {
            visible = me == null ? List.of() : scores.scoresOf(selectionId, me.personId());
        }
        return new ScoreSheet(evaluators, all, me == null ? null : me.personId(), me == null ? null : me.version(),
                me != null && me.submitted(), visible);
    }

    /** Saves the evaluator's scores; every out-of-range score or unknown vendor or criterion is reported, nothing saved. */
    @Transactional
    public ScoreSheet score(Actor actor, long programId, long selectionId, ScoreSheetForm form) {
        Evaluator me = requireScoringEvaluator(actor, programId, selectionId);
        check(selectionId, form);
        if (scores.bumpSheet(selectionId, me.personId(), form.version()) == 0) {
            throw new StaleVersionException("selection.evaluator", me.personId());
        }
        if (!form.scores().isEmpty()) {
            scores.upsert(actor.organizationId(), selectionId, me.personId(), form.scores());
        }
        audit.action(actor, SelectionService.ENTITY, selectionId, "scoresSaved", Map.of("evaluator", me.name(),
                "count", form.scores().size()));
        return sheet(actor, programId, selectionId, null);
    }

    /** Submits the evaluator's complete sheet; afterwards it cannot change. */
    @Transactional
    public ScoreSheet submit(Actor actor, long programId, long selectionId, int version) {
        Evaluator me = requireScoringEvaluator(actor, programId, selectionId);
        int needed = results.shortlist(selectionId).size()
                * (int) criteria.criteria(selectionId).stream().filter(c -> !c.price()).count();
        int given = scores.completed(selectionId, me.personId());
        if (needed == 0) {
            throw new InvalidInputException(null, "selection.error.nothingToScore");
        }
        if (given < needed) {
            throw new InvalidInputException("scores", "selection.error.incomplete", needed - given);
        }
        if (scores.bumpSheet(selectionId, me.personId(), version) == 0) {
            throw new StaleVersionException("selection.evaluator", me.personId());
        }
        scores.submit(selectionId, me.personId());
        audit.action(actor, SelectionService.ENTITY, selectionId, "scoresSubmitted", Map.of("evaluator", me.name()));
        return sheet(actor, programId, selectionId, null);
    }

    public Results results(Actor actor, long programId, long selectionId) {
        Selection s = selections.access(actor, programId, selectionId).selection();
        return results.results(s, scores.evaluators(selectionId));
    }

    private Evaluator requireScoringEvaluator(Actor actor, long programId, long selectionId) {
        SelectionAccess access = selections.access(actor, programId, selectionId);
        if (!access.evaluator()) {
            throw new ForbiddenException("score: not an evaluator of this selection");
        }
        if (!access.selection().open()) {
            throw new InvalidInputException(null, "selection.error.notOpen");
        }
        Evaluator me = scores.evaluators(selectionId).stream().filter(e -> e.personId() == actor.personId()).findFirst()
                .orElseThrow();
        if (me.submitted()) {
            throw new InvalidInputException(null, "selection.error.submitted");
        }
        return me;
    }

    private void check(long selectionId, ScoreSheetForm form) {
        Set<Long> shortlisted = new HashSet<>(results.shortlist(selectionId).stream().map(Vendor::id).toList());
        Set<Long> quality = new HashSet<>(criteria.criteria(selectionId).stream().filter(c -> !c.price()).map(Criterion::id)
                .toList());
        List<Violation> problems = new ArrayList<>();
        Set<List<Long>> seen = new HashSet<>();
        for (int i = 0; i < form.scores().size(); i++) {
            ScoreSheetForm.Entry e = form.scores().get(i);
            String at = "scores[" + i + "]";
            if (!seen.add(List.of(e.vendorId(), e.criterionId()))) {
                problems.add(Violation.of(at, "selection.error.scoreTwice"));
            }
            if (!shortlisted.contains(e.vendorId())) {
                problems.add(Violation.of(at + ".vendorId", "selection.error.vendorNotShortlisted", e.vendorId()));
            }
            if (!quality.contains(e.criterionId())) {
                problems.add(Violation.of(at + ".criterionId", "selection.error.criterionNotScored", e.criterionId()));
            }
            if (e.score() == null || e.score() < Score.MIN || e.score() > Score.MAX) {
                problems.add(Violation.of(at + ".score", "selection.error.scoreRange", Score.MIN, Score.MAX));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
