package org.uptake.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.uptake.measure.Aggregation;
import org.uptake.measure.Direction;
import org.uptake.measure.Gap;
import org.uptake.measure.Kpi;
import org.uptake.measure.KpiForm;
import org.uptake.measure.KpiService;
import org.uptake.measure.MeasurementService;
import org.uptake.measure.SourceKind;
import org.uptake.measure.benefit.BenefitForm;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.program.ProgramTeamService;
import org.uptake.shared.Actor;

/**
 * KPI, measurement, gap and benefit records of a matrix world's program, made by its coordinator: fresh
 * ones for every request, so destructive calls never disturb the next.
 */
public final class MeasureMatrixWorld {

    private final Fixtures fixtures;
    private final Actor coordinator;
    private final long program;
    private Long goal;

    public MeasureMatrixWorld(Fixtures fixtures, Actor coordinator, long program) {
        this.fixtures = fixtures;
        this.coordinator = coordinator;
        this.program = program;
    }

    public long program() {
        return program;
    }

    private synchronized long goal() {
        if (goal == null) {
            goal = fixtures.bean(ProgramTeamService.class).addGoal(coordinator, program, "Matrix goal", null).id();
        }
        return goal;
    }

    public long kpi() {
        var f = new KpiForm();
        f.setGoalId(goal());
        f.setCode("M" + Fixtures.next());
        f.setName("Matrix KPI");
        f.setUnitOfMeasure("%");
        f.setDirection(Direction.INCREASE);
        f.setAggregation(Aggregation.AVERAGE);
        f.setBaselineValue(BigDecimal.ZERO);
        f.setBaselineDate(LocalDate.of(2025, 1, 1));
        f.setTargetValue(new BigDecimal("100"));
        f.setTargetDate(LocalDate.of(2025, 12, 1));
        return fixtures.bean(KpiService.class).create(coordinator, program, f).id();
    }

    /** "kpiId/measurements/measurementId" of a fresh KPI with one value. */
    public String measurement() {
        long kpi = kpi();
        long m = fixtures.bean(MeasurementService.class).record(coordinator, kpi,
                MeasureFixtures.value("50", LocalDate.of(2025, 6, 15), null), SourceKind.MANUAL).id();
        return kpi + "/measurements/" + m;
    }

    /** A fresh open large gap (a KPI far behind its plan). */
    public long gap() {
        long kpi = kpi();
        fixtures.bean(MeasurementService.class).record(coordinator, kpi, MeasureFixtures.value("1", LocalDate.of(2025, 6, 15), null),
                SourceKind.MANUAL);
        Kpi k = fixtures.bean(KpiService.class).get(coordinator, kpi);
        Gap gap = fixtures.bean(KpiService.class).gaps(coordinator, k.id()).getFirst();
        return gap.id();
    }

    public long benefit() {
        var f = new BenefitForm();
        f.setTitle("Matrix benefit " + Fixtures.next());
        f.setExpectedValue(new BigDecimal("100"));
        f.setUnitOfMeasure("h");
        f.setRealisationStart(LocalDate.of(2025, 1, 1));
        f.setRealisationDue(LocalDate.of(2025, 12, 1));
        return fixtures.bean(BenefitService.class).create(coordinator, program, f).id();
    }
}
