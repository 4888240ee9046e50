package org.uptake.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.uptake.measure.Aggregation;
import org.uptake.measure.Direction;
import org.uptake.measure.Kpi;
import org.uptake.measure.KpiForm;
import org.uptake.measure.KpiService;
import org.uptake.measure.MeasurementForm;
import org.uptake.measure.MeasurementService;
import org.uptake.measure.Period;
import org.uptake.measure.SourceKind;
import org.uptake.program.Goal;
import org.uptake.program.Program;
import org.uptake.program.ProgramTeamService;
import org.uptake.shared.Actor;

/** KPIs for tests, made through the real services: a program of {@link ProgramFixtures} with a goal, and KPIs tied to it. */
public final class MeasureFixtures {

    /** Baseline of the test KPIs: the first of January of a year in the past, so measurements are never in the future. */
    public static final LocalDate BASELINE = LocalDate.of(2025, 1, 1);

    private final Fixtures fixtures;
    private final ProgramFixtures programs;

    public MeasureFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.programs = new ProgramFixtures(fixtures);
    }

    public record World(ProgramFixtures.World org, Program program, Goal goal) {

        public Actor coordinator() {
            return org.coordinator();
        }
    }

    public World world() {
        var w = programs.world();
        Program p = programs.program(w, "P1");
        Goal goal = fixtures.bean(ProgramTeamService.class).addGoal(w.coordinator(), p.id(), "More clients through the new channel", null);
        return new World(w, p, goal);
    }

    public ProgramFixtures programs() {
        return programs;
    }

    /** A monthly KPI, higher is better, from 100 (January 2025) to 200 (May 2025): plan 100, 125, 150, 175, 200. */
    public static KpiForm form(World w, String code, Aggregation aggregation) {
        var f = new KpiForm();
        f.setGoalId(w.goal().id());
        f.setCode(code);
        f.setName("Leads " + code);
        f.setUnitOfMeasure("leads");
        f.setMethod("Leads counted in the CRM");
        f.setDirection(Direction.INCREASE);
        f.setSource("CRM");
        f.setPeriod(Period.MONTH);
        f.setAggregation(aggregation);
        f.setBaselineValue(new BigDecimal("100"));
        f.setBaselineDate(BASELINE);
        f.setTargetValue(new BigDecimal("200"));
        f.setTargetDate(LocalDate.of(2025, 5, 1));
        f.setSmallGapPct(new BigDecimal("5"));
        f.setLargeGapPct(new BigDecimal("15"));
        return f;
    }

    public Kpi kpi(World w, String code) {
        return fixtures.bean(KpiService.class).create(w.coordinator(), w.program().id(), form(w, code + Fixtures.next(), Aggregation.SUM));
    }

    public static MeasurementForm value(String value, LocalDate on, Long unitId) {
        var m = new MeasurementForm();
        m.setValue(new BigDecimal(value));
        m.setMeasuredOn(on);
        m.setUnitId(unitId);
        return m;
    }

    public long measure(Actor actor, Kpi kpi, String value, LocalDate on, Long unitId) {
        return fixtures.bean(MeasurementService.class).record(actor, kpi.id(), value(value, on, unitId), SourceKind.MANUAL).id();
    }
}
