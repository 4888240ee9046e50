package org.uptake.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.measure.benefit.BenefitForm;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.program.Goal;
import org.uptake.program.ProgramTeamService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * The demo's P1 program gets KPIs with a trajectory and six months of measurements per station (one
 * falling far behind plan, so a "correct the strategy" task and amber health show), a preset KPI, and
 * two benefits with what is realised so far.
 */
@Component
class MeasureDemoData implements DemoDataContributor {

    private final KpiService kpis;
    private final MeasurementService measurements;
    private final BenefitService benefits;
    private final ProgramTeamService team;
    private final KpiIndicatorService indicators;
    private final JdbcClient jdbc;

    MeasureDemoData(KpiService kpis, MeasurementService measurements, BenefitService benefits, ProgramTeamService team,
                    KpiIndicatorService indicators, JdbcClient jdbc) {
        this.kpis = kpis;
        this.indicators = indicators;
        this.measurements = measurements;
        this.benefits = benefits;
        this.team = team;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void contribute(DemoContext context) {
        Long p1 = context.id("program.p1");
        if (context.size() == DemoSize.NONE || p1 == null) {
            return;
        }
        Actor coordinator = coordinator(jdbc, context);
        List<Goal> goals = team.goals(coordinator, p1);
        LocalDate start = LocalDate.now().minusMonths(6).withDayOfMonth(1);
        List<Long> stations = jdbc.sql("""
                select u.id from unit u join unit r on r.id = u.parent_id where u.organization_id = ? and r.code = 'R01' order by u.code""")
                .param(context.organizationId()).query(Long.class).list();
        Kpi share = kpi(coordinator, p1, goals.getFirst(), "ORDERS-IN-SYSTEM", "Orders recorded in the new system", "%",
                Direction.INCREASE, Aggregation.AVERAGE, "0", start, "100", start.plusMonths(9), null);
        Kpi leadTime = kpi(coordinator, p1, goals.get(goals.size() > 1 ? 1 : 0), "ORDER-LEAD-TIME", "Order lead time", "days",
                Direction.DECREASE, Aggregation.AVERAGE, "10", start, "8", start.plusMonths(6), null);
        Kpi satisfaction = kpi(coordinator, p1, goals.getFirst(), "CSAT", null, null, null, null, "7.2", start, "8.5",
                start.plusMonths(12), KpiPreset.CRM_SATISFACTION);
        // The catalog's "client satisfaction" indicator of the reception process is measured by this very KPI.
        indicators.choices(coordinator, "Client satisfaction with the service").stream().findFirst()
                .ifPresent(i -> indicators.link(coordinator, satisfaction.id(), i.id(), satisfaction.version()));
        var random = new Random(42);
        for (int m = 0; m < 6; m++) {
            LocalDate on = start.plusMonths(m).plusDays(25);
            for (long station : stations) {
                // The share climbs as planned, then stalls in the last two months: a large gap.
                double share0 = Math.min(100, m < 4 ? 12.0 * m : 12.0 * 3 + 4 * (m - 3)) + random.nextInt(6);
                record(coordinator, share, on, station, share0);
                record(coordinator, leadTime, on, station, 10 - 0.3 * m + random.nextInt(3) * 0.1);
            }
            record(coordinator, satisfaction, on, null, 7.2 + 0.15 * m);
        }
        benefit(coordinator, p1, "Less time spent re-entering orders", "2400", "hours", start, share);
        benefit(coordinator, p1, "Higher workshop throughput", "3000000", "RUB", start.plusMonths(2), leadTime);
    }

    private Kpi kpi(Actor actor, long program, Goal goal, String code, String name, String unit, Direction direction,
                    Aggregation aggregation, String baseline, LocalDate baselineDate, String target, LocalDate targetDate, KpiPreset preset) {
        var f = new KpiForm();
        f.setGoalId(goal.id());
        f.setCode(code);
        f.setName(name);
        f.setUnitOfMeasure(unit);
        f.setMethod(name == null ? null : "Monthly figure per station from the workshop system's report");
        f.setSource(name == null ? null : "Workshop system report");
        f.setDirection(direction);
        f.setAggregation(aggregation);
        f.setBaselineValue(new BigDecimal(baseline));
        f.setBaselineDate(baselineDate);
        f.setTargetValue(new BigDecimal(target));
        f.setTargetDate(targetDate);
        f.setPreset(preset == null ? null : preset.name());
        f.setOwnerPersonId(actor.personId());
        return kpis.create(actor, program, f);
    }

    private void record(Actor actor, Kpi kpi, LocalDate on, Long unit, double value) {
        if (on.isAfter(LocalDate.now())) {
            return;
        }
        var m = new MeasurementForm();
        m.setValue(BigDecimal.valueOf(Math.round(value * 10) / 10.0));
        m.setMeasuredOn(on);
        m.setUnitId(unit);
        measurements.record(actor, kpi.id(), m, SourceKind.MANUAL);
    }

    private void benefit(Actor actor, long program, String title, String expected, String unit, LocalDate start, Kpi kpi) {
        var f = new BenefitForm();
        f.setTitle(title);
        f.setExpectedValue(new BigDecimal(expected));
        f.setUnitOfMeasure(unit);
        f.setRealisationStart(start);
        f.setRealisationDue(start.plusMonths(12));
        f.setOwnerPersonId(actor.personId());
        f.setKpiIds(List.of(kpi.id()));
        f.setStatus(org.uptake.measure.benefit.BenefitStatus.REALISING);
        var b = benefits.create(actor, program, f);
        BigDecimal step = new BigDecimal(expected).divide(BigDecimal.valueOf(16), 0, java.math.RoundingMode.HALF_UP);
        for (LocalDate d = start.plusDays(20); d.isBefore(LocalDate.now()); d = d.plusMonths(1)) {
            benefits.realise(actor, program, b.id(), d, step, null);
        }
    }

    /** The demo coordinator's own account, so the history names them. */
    static Actor coordinator(JdbcClient jdbc, DemoContext context) {
        long org = context.organizationId();
        long person = context.id("person.coordinator");
        Long userId = jdbc.sql("select id from user_account where organization_id = ? and person_id = ?").params(org, person)
                .query(Long.class).optional().orElse(0L);
        String name = jdbc.sql("select full_name from person where id = ?").param(person).query(String.class).single();
        return new Actor(userId, org, person, "coordinator", name, Set.of(Role.COORDINATOR, Role.ADMIN), false, "en", "UTC");
    }
}
