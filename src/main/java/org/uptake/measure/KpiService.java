package org.uptake.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * KPIs of programs: their definition and planned trajectory, plan against actual per period, the gaps
 * found and the program's health they give. The module's API for reports and dashboards.
 */
@Service
public class KpiService {

    public static final String ENTITY = "kpi";
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private final ProgramService programs;
    private final KpiRepository kpis;
    private final MeasurementRepository measurements;
    private final GapRepository gaps;
    private final GapCheck gapCheck;
    private final MessageSource messages;
    private final AuditLog audit;

    KpiService(ProgramService programs, KpiRepository kpis, MeasurementRepository measurements, GapRepository gaps,
               GapCheck gapCheck, MessageSource messages, AuditLog audit) {
        this.programs = programs;
        this.kpis = kpis;
        this.measurements = measurements;
        this.gaps = gaps;
        this.gapCheck = gapCheck;
        this.messages = messages;
        this.audit = audit;
    }

    /** A program's KPIs, or (programId null) those of every program the actor reads, by name. */
    public Slice<Kpi> list(Actor actor, Long programId, PageRequest request) {
        Long member = null;
        if (programId != null) {
            programs.requireReader(actor, programId);
        } else if (!actor.readsWholeOrganization()) {
            member = actor.personId() == null ? -1L : actor.personId();
        }
        Cursor after = request.cursor();
        return Slice.of(kpis.page(actor.organizationId(), programId, member, after == null ? null : after.key(),
                after == null ? 0 : after.id(), request.size() + 1), request.size(),
                k -> new Cursor(k.name().toLowerCase(Locale.ROOT), k.id()));
    }

    public Kpi get(Actor actor, long id) {
        Kpi kpi = find(actor, id);
        programs.requireReader(actor, kpi.programId());
        return kpi;
    }

    /** The KPI in the program named by a page's path: another program's KPI is not found there. */
    public Kpi get(Actor actor, long programId, long id) {
        Kpi kpi = get(actor, id);
        if (kpi.programId() != programId) {
            throw new NotFoundException(ENTITY, id);
        }
        return kpi;
    }

    Kpi find(Actor actor, long id) {
        return kpis.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Whether the actor may edit the KPI's definition and plan (the program's editors). */
    public boolean edits(Actor actor, Kpi kpi) {
        return programs.access(actor, kpi.programId()).edits();
    }

    /** Whether the actor may record measurements: the program's editors and the KPI's owner. */
    public boolean records(Actor actor, Kpi kpi) {
        return edits(actor, kpi) || (actor.personId() != null && actor.personId().equals(kpi.ownerPersonId()));
    }

    @Transactional
    public Kpi create(Actor actor, long programId, KpiForm form) {
        editable(actor, programId);
        applyPreset(actor, form);
        check(actor, programId, form, 0);
        long id = kpis.insert(actor.organizationId(), programId, form);
        kpis.replacePlan(actor.organizationId(), id, KpiValues.linear(form.getPeriod(), form.getBaselineValue(),
                form.getBaselineDate(), form.getTargetValue(), form.getTargetDate()));
        Kpi created = find(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Kpi update(Actor actor, long id, KpiForm form) {
        Kpi before = find(actor, id);
        editable(actor, before.programId());
        check(actor, before.programId(), form, id);
        if (kpis.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        if (before.period() != form.getPeriod() || !before.baselineDate().equals(form.getBaselineDate())
                || !before.targetDate().equals(form.getTargetDate())) {
            // The old trajectory's periods no longer fit: start again from a straight line.
            kpis.replacePlan(actor.organizationId(), id, KpiValues.linear(form.getPeriod(), form.getBaselineValue(),
                    form.getBaselineDate(), form.getTargetValue(), form.getTargetDate()));
        }
        Kpi after = find(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        recheck(actor, after);
        return find(actor, id);
    }

    @Transactional
    public void delete(Actor actor, long id, int version) {
        Kpi before = find(actor, id);
        editable(actor, before.programId());
        if (kpis.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    public List<PlanPoint> plan(Actor actor, long id) {
        Kpi kpi = get(actor, id);
        return kpis.plan(actor.organizationId(), kpi.id());
    }

    /** Replaces the planned trajectory; every period must lie between the baseline's and the target's. */
    @Transactional
    public List<PlanPoint> replacePlan(Actor actor, long id, List<PlanPoint> points, int version) {
        Kpi kpi = find(actor, id);
        editable(actor, kpi.programId());
        var allowed = new HashSet<>(kpi.period().between(kpi.baselineDate(), kpi.targetDate()));
        List<Violation> problems = new ArrayList<>();
        var seen = new HashSet<LocalDate>();
        for (PlanPoint p : points == null ? List.<PlanPoint>of() : points) {
            if (p == null || p.periodStart() == null || p.plannedValue() == null || p.plannedValue().abs().compareTo(LIMIT) >= 0) {
                problems.add(Violation.of("plan", "kpi.error.planValue"));
            } else if (!allowed.contains(p.periodStart()) || !seen.add(p.periodStart())) {
                problems.add(Violation.of("plan", "kpi.error.planPeriod", p.periodStart().toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (kpis.touch(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        List<PlanPoint> before = kpis.plan(actor.organizationId(), id);
        kpis.replacePlan(actor.organizationId(), id, points.stream().sorted(java.util.Comparator.comparing(PlanPoint::periodStart)).toList());
        audit.action(actor, ENTITY, id, "plan", Map.of("plan", List.of(before.toString(), points.toString())));
        recheck(actor, find(actor, id));
        return kpis.plan(actor.organizationId(), id);
    }

    /** Plan against actual for every period from the baseline's to the target's (or the last measured). */
    public List<PeriodValue> values(Actor actor, long id) {
        Kpi kpi = get(actor, id);
        return values(actor.organizationId(), kpi);
    }

    List<PeriodValue> values(long organizationId, Kpi kpi) {
        return KpiValues.periods(kpi, kpis.plan(organizationId, kpi.id()), measurements.periods(organizationId, kpi.id(), kpi.period()));
    }

    /** Each unit's latest value in the period holding {@code day}: where the period's figure comes from. */
    public List<UnitValue> unitValues(Actor actor, long id, LocalDate day) {
        Kpi kpi = get(actor, id);
        LocalDate start = kpi.period().start(day);
        return measurements.unitValues(actor.organizationId(), id, start, kpi.period().next(start));
    }

    /** Re-evaluates the gap of every measured period, after the plan, thresholds or figures changed. */
    void recheck(Actor actor, Kpi kpi) {
        for (PeriodValue v : values(actor.organizationId(), kpi)) {
            if (v.actual() != null) {
                gapCheck.check(actor, kpi, v);
            }
        }
    }

    /** Re-evaluates the one period a new or removed measurement falls in. */
    void recheck(Actor actor, Kpi kpi, LocalDate day) {
        LocalDate start = kpi.period().start(day);
        values(actor.organizationId(), kpi).stream().filter(v -> v.periodStart().equals(start)).findFirst()
                .ifPresent(v -> gapCheck.check(actor, kpi, v));
    }

    public List<Gap> openGaps(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return gaps.open(actor.organizationId(), programId, null, 100);
    }

    public List<Gap> gaps(Actor actor, long id) {
        Kpi kpi = get(actor, id);
        return gaps.ofKpi(actor.organizationId(), kpi.id());
    }

    /** The coordinator records what was done about a gap (the strategy corrected, the promotion optimised). */
    @Transactional
    public Gap resolveGap(Actor actor, long gapId, String resolution, int version) {
        Gap gap = gaps.find(actor.organizationId(), gapId).orElseThrow(() -> new NotFoundException("kpiGap", gapId));
        programs.requireEditor(actor, gap.programId());
        String text = resolution == null ? "" : resolution.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInputException("resolution", "kpi.error.resolution");
        }
        if (!gap.open() || gaps.resolve(actor.organizationId(), gapId, version, actor.displayName(), text) == 0) {
            throw new StaleVersionException("kpiGap", gapId);
        }
        audit.action(actor, ENTITY, gap.kpiId(), "gapResolved", Map.of("period", gap.periodStart().toString(), "resolution", text));
        return gaps.find(actor.organizationId(), gapId).orElseThrow();
    }

    /** The program's health from its KPIs (see {@link KpiHealth} for the rule). */
    public KpiHealth health(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return healthUnchecked(actor.organizationId(), programId);
    }

    /** For reports and dashboards that already checked the reader. */
    public KpiHealth healthUnchecked(long organizationId, long programId) {
        int[] f = gaps.healthFigures(organizationId, programId);
        return KpiHealth.of(f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    /** Fills what the form leaves empty from the chosen preset, in the actor's language. */
    void applyPreset(Actor actor, KpiForm form) {
        if (form.getPreset() == null) {
            return;
        }
        KpiPreset preset = KpiPreset.find(form.getPreset())
                .orElseThrow(() -> new InvalidInputException("preset", "kpi.error.preset", form.getPreset()));
        Locale locale = Locale.forLanguageTag(actor.language() == null ? "en" : actor.language());
        form.setPreset(preset.name());
        if (form.getCode() == null) {
            form.setCode(preset.code());
        }
        if (form.getName() == null) {
            form.setName(messages.getMessage(preset.key("name"), null, locale));
        }
        if (form.getUnitOfMeasure() == null) {
            form.setUnitOfMeasure(messages.getMessage(preset.key("unit"), null, locale));
        }
        if (form.getMethod() == null) {
            form.setMethod(messages.getMessage(preset.key("method"), null, locale));
        }
        if (form.getSource() == null) {
            form.setSource(messages.getMessage(preset.key("source"), null, locale));
        }
        if (form.getDirection() == null) {
            form.setDirection(preset.direction());
        }
        if (form.getAggregation() == null) {
            form.setAggregation(preset.aggregation());
        }
    }

    private void check(Actor actor, long programId, KpiForm f, long id) {
        List<Violation> problems = new ArrayList<>();
        KpiChecks.definition(f, problems);
        if (f.getGoalId() == null || !kpis.goalOf(actor.organizationId(), programId, f.getGoalId())) {
            problems.add(Violation.of("goalId", "kpi.error.goal"));
        }
        if (f.getCode() != null && f.getCode().matches("[A-Za-z0-9_.-]{1,40}") && kpis.codeTaken(actor.organizationId(), f.getCode(), id)) {
            problems.add(Violation.of("code", "kpi.error.codeTaken", f.getCode()));
        }
        if (f.getOwnerPersonId() != null && !kpis.personExists(actor.organizationId(), f.getOwnerPersonId())) {
            problems.add(Violation.of("ownerPersonId", "kpi.error.owner"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private ProgramAccess editable(Actor actor, long programId) {
        ProgramAccess access = programs.requireEditor(actor, programId);
        if (access.program().status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        return access;
    }
}
