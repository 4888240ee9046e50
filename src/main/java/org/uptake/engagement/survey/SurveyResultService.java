package org.uptake.engagement.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.uptake.org.unit.UnitScope;
import org.uptake.org.unit.UnitService;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.ForbiddenException;

/**
 * Results per unit, per question and over time. The program's readers see every unit; a unit head sees
 * the units they head and below. Anonymous surveys never show a group below five respondents.
 */
@Service
public class SurveyResultService {

    private static final int TEXT_LIMIT = 500;

    private final SurveyService surveys;
    private final ResultsRepository results;
    private final ProgramService programs;
    private final UnitService units;

    SurveyResultService(SurveyService surveys, ResultsRepository results, ProgramService programs, UnitService units) {
        this.surveys = surveys;
        this.results = results;
        this.programs = programs;
        this.units = units;
    }

    public SurveyResults results(Actor actor, long surveyId) {
        Survey s = surveys.find(actor, surveyId);
        UnitScope scope = programs.access(actor, s.programId()).reads() ? UnitScope.ALL : units.scopeOf(actor);
        if (scope.isEmpty()) {
            throw new ForbiddenException("read survey results");
        }
        long org = actor.organizationId();
        UnitTree tree = new UnitTree(results.units(org));
        SurveyFigures figures = new SurveyFigures(tree, s.anonymous(), results.groups(org, List.of(surveyId)),
                results.invited(org, List.of(surveyId)));
        Predicate<Long> visible = unitId -> unitId != null && tree.node(unitId) != null && scope.covers(tree.node(unitId).path());
        List<Long> reporting = surveys.reportingUnits(actor, s);
        if (reporting.isEmpty()) {
            reporting = results.invited(org, List.of(surveyId)).stream().map(ResultsRepository.InvitedRow::unitId).distinct().toList();
        }
        List<UnitResult> unitResults = reporting.stream().filter(visible).map(figures::unit)
                .sorted(java.util.Comparator.comparing(UnitResult::unitName)).toList();
        List<Long> roots = scope.wholeOrganization() ? null : headedRoots(tree, scope);
        UnitResult overall = figures.overall(s.title(), roots);
        return new SurveyResults(s, overall, unitResults, questions(actor, s, visible), weeks(org, s, visible),
                history(org, s, tree), SurveyFigures.MINIMUM_GROUP);
    }

    private static List<Long> headedRoots(UnitTree tree, UnitScope scope) {
        List<Long> roots = new ArrayList<>();
        for (String prefix : scope.pathPrefixes()) {
            String[] parts = prefix.split("/");
            roots.add(Long.parseLong(parts[parts.length - 1]));
        }
        return roots;
    }

    private List<QuestionResult> questions(Actor actor, Survey s, Predicate<Long> visible) {
        long org = actor.organizationId();
        Map<Long, int[][]> counts = new HashMap<>();
        Map<Long, long[][]> sums = new HashMap<>();
        for (ResultsRepository.AnswerCount c : results.answerCounts(org, s.id())) {
            if (!visible.test(c.unitId())) {
                continue;
            }
            int role = c.role().ordinal();
            int slot = c.scale() != null ? c.scale() - 1 : c.choice();
            counts.computeIfAbsent(c.questionId(), q -> new int[2][20])[role][Math.min(slot, 19)] += c.answers();
            if (c.scale() != null) {
                long[] sum = sums.computeIfAbsent(c.questionId(), q -> new long[2][2])[role];
                sum[0] += (long) c.scale() * c.answers();
                sum[1] += c.answers();
            }
        }
        Map<Long, List<List<String>>> texts = new HashMap<>();
        for (ResultsRepository.TextAnswer t : results.texts(org, s.id(), TEXT_LIMIT)) {
            if (visible.test(t.unitId())) {
                texts.computeIfAbsent(t.questionId(), q -> List.of(new ArrayList<>(), new ArrayList<>())).get(t.role().ordinal()).add(t.text());
            }
        }
        List<QuestionResult> list = new ArrayList<>();
        for (Question q : surveys.questions(actor, s.id())) {
            list.add(new QuestionResult(q, part(s, q, RespondentRole.SUPERVISOR, counts, sums, texts),
                    part(s, q, RespondentRole.EMPLOYEE, counts, sums, texts)));
        }
        return list;
    }

    private static QuestionResult.Part part(Survey s, Question q, RespondentRole role, Map<Long, int[][]> counts,
                                            Map<Long, long[][]> sums, Map<Long, List<List<String>>> texts) {
        int r = role.ordinal();
        int size = q.type() == QuestionType.SCALE ? 5 : q.options().size();
        int[] c = counts.containsKey(q.id()) ? counts.get(q.id())[r] : new int[20];
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            shown.add(c[i]);
        }
        List<String> t = texts.containsKey(q.id()) ? texts.get(q.id()).get(r) : List.of();
        long[] sum = sums.containsKey(q.id()) ? sums.get(q.id())[r] : new long[2];
        int answers = q.type() == QuestionType.TEXT ? t.size() : q.type() == QuestionType.SCALE ? (int) sum[1]
                : shown.stream().mapToInt(Integer::intValue).sum();
        // Stricter than the respondents of the group: an optional question answered by fewer than five is withheld too.
        boolean withheld = s.anonymous() && answers < SurveyFigures.MINIMUM_GROUP;
        if (withheld) {
            return new QuestionResult.Part(answers, null, List.of(), List.of(), true);
        }
        BigDecimal mean = sum[1] == 0 ? null
                : BigDecimal.valueOf(sum[0]).divide(BigDecimal.valueOf(sum[1]), 2, RoundingMode.HALF_UP);
        return new QuestionResult.Part(answers, mean, shown, t, false);
    }

    private List<SurveyResults.Week> weeks(long org, Survey s, Predicate<Long> visible) {
        Map<java.time.LocalDate, Integer> byWeek = new TreeMap<>();
        for (ResultsRepository.WeekRow w : results.weeks(org, s.id())) {
            if (visible.test(w.unitId())) {
                byWeek.merge(w.week(), w.responses(), Integer::sum);
            }
        }
        return byWeek.entrySet().stream().map(e -> new SurveyResults.Week(e.getKey(), e.getValue())).toList();
    }

    private List<SurveyResults.Point> history(long org, Survey s, UnitTree tree) {
        List<ResultsRepository.Run> runs = results.runs(org, s.programId(), s.kind());
        List<Long> ids = runs.stream().map(ResultsRepository.Run::id).toList();
        Map<Long, List<ResultsRepository.GroupRow>> groups = new HashMap<>();
        results.groups(org, ids).forEach(g -> groups.computeIfAbsent(g.surveyId(), k -> new ArrayList<>()).add(g));
        List<SurveyResults.Point> points = new ArrayList<>();
        for (ResultsRepository.Run run : runs) {
            SurveyFigures f = new SurveyFigures(tree, run.anonymous(), groups.getOrDefault(run.id(), List.of()), List.of());
            points.add(new SurveyResults.Point(run.id(), run.title(), run.versionNumber(), run.openedAt(), f.overall(run.title(), null).score()));
        }
        return points;
    }
}
