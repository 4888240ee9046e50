package org.uptake.support.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.ProblemType;

/** Trends of the problem log for whoever reads the whole organisation (or the program, when one is chosen). */
@Service
public class TrendService {

    public static final int MAX_WEEKS = 104;

    private final TrendRepository trends;
    private final ProgramService programs;

    TrendService(TrendRepository trends, ProgramService programs) {
        this.trends = trends;
        this.programs = programs;
    }

    public Trends trends(Actor actor, Long programId, int weeks) {
        if (programId != null) {
            programs.requireReader(actor, programId);
        } else if (!actor.readsWholeOrganization()) {
            throw new ForbiddenException("read problem trends");
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new InvalidInputException("weeks", "support.error.weeks", MAX_WEEKS);
        }
        LocalDate thisWeek = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate from = thisWeek.minusWeeks(weeks - 1L);
        List<LocalDate> axis = new ArrayList<>();
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < weeks; i++) {
            axis.add(from.plusWeeks(i));
            index.put(from.plusWeeks(i), i);
        }
        long org = actor.organizationId();
        Map<String, Long[]> byType = new LinkedHashMap<>();
        for (ProblemType t : ProblemType.values()) {
            byType.put(t.name(), zeros(weeks));
        }
        Long[] reported = zeros(weeks);
        for (TrendRepository.WeekType w : trends.byWeekAndType(org, programId, from)) {
            Integer i = index.get(w.week());
            if (i != null) {
                byType.get(w.type())[i] = w.reported();
                reported[i] += w.reported();
            }
        }
        Long[] resolved = zeros(weeks);
        trends.resolvedByWeek(org, programId, from).forEach(w -> {
            Integer i = index.get(w.week());
            if (i != null) {
                resolved[i] = w.resolved();
            }
        });
        Map<String, List<Long>> series = new LinkedHashMap<>();
        byType.forEach((k, v) -> series.put(k, Arrays.asList(v)));
        TrendRepository.Sla sla = trends.sla(org, programId, from);
        return new Trends(axis, series, Arrays.asList(reported), Arrays.asList(resolved),
                trends.byUnit(org, programId, from, 15), sla.resolvedTotal(), sla.resolvedInSla());
    }

    /** The program's open problems by severity, in one query (status reports and dashboards). */
    public OpenProblems open(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return trends.open(actor.organizationId(), programId);
    }

    private static Long[] zeros(int n) {
        Long[] a = new Long[n];
        Arrays.fill(a, 0L);
        return a;
    }
}
