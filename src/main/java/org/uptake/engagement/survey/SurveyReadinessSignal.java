package org.uptake.engagement.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessSignal;
import org.uptake.rollout.readiness.SignalValue;

/**
 * The readiness gate's survey criterion: per unit, the score of the latest opened readiness survey of the
 * program that reached the unit (0–100, the mean of its readiness questions). A unit with too few answers
 * to show takes its parent's score or reads "not enough answers", and a unit no readiness survey has asked
 * yet has nothing to report: neither fails the gate. Four
 * queries for the whole board, whatever the number of units.
 */
@Component
class SurveyReadinessSignal implements ReadinessSignal {

    private static final String SOURCE = "engagement";
    private static final String NO_SURVEY = "—";

    private final ResultsRepository results;

    SurveyReadinessSignal(ResultsRepository results) {
        this.results = results;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.SURVEY;
    }

    @Override
    public List<SignalValue> values(long organizationId, long programId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<ResultsRepository.Run> runs = new ArrayList<>(results.runs(organizationId, programId, SurveyKind.READINESS));
        runs.sort(Comparator.comparing(ResultsRepository.Run::openedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                .reversed());
        List<Long> ids = runs.stream().map(ResultsRepository.Run::id).toList();
        Map<Long, List<ResultsRepository.GroupRow>> groups = new HashMap<>();
        results.groups(organizationId, ids).forEach(g -> groups.computeIfAbsent(g.surveyId(), k -> new ArrayList<>()).add(g));
        Map<Long, List<ResultsRepository.InvitedRow>> invited = new HashMap<>();
        results.invited(organizationId, ids).forEach(i -> invited.computeIfAbsent(i.surveyId(), k -> new ArrayList<>()).add(i));
        UnitTree tree = new UnitTree(results.units(organizationId));
        List<SurveyFigures> figures = runs.stream().map(r -> new SurveyFigures(tree, r.anonymous(),
                groups.getOrDefault(r.id(), List.of()), invited.getOrDefault(r.id(), List.of()))).toList();
        List<SignalValue> values = new ArrayList<>();
        for (Long unitId : unitIds) {
            SurveyFigures latest = figures.stream().filter(f -> f.invited(unitId) > 0).findFirst().orElse(null);
            // Like training without a course for the unit: no survey asked the unit yet, so there is nothing to fail on.
            values.add(latest == null ? SignalValue.notApplicable(kind(), unitId, SOURCE, NO_SURVEY)
                    : value(unitId, latest.unit(unitId)));
        }
        return values;
    }

    private SignalValue value(long unitId, UnitResult r) {
        return switch (r.state()) {
            case SHOWN -> r.score() == null ? SignalValue.notApplicable(kind(), unitId, SOURCE, "n=" + r.respondents())
                    : new SignalValue(kind(), unitId, r.score(), SOURCE, "n=" + r.respondents() + "/" + r.invited());
            case ROLLED_UP -> r.score() == null ? SignalValue.notApplicable(kind(), unitId, SOURCE, "n=" + r.respondents())
                    : new SignalValue(kind(), unitId, r.score(), SOURCE, "n=" + r.respondents() + " → " + r.rolledUpTo());
            case NOT_ENOUGH -> SignalValue.notApplicable(kind(), unitId, SOURCE,
                    "n=" + r.respondents() + " < " + SurveyFigures.MINIMUM_GROUP);
        };
    }
}
