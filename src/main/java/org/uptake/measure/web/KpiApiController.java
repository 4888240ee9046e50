package org.uptake.measure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.measure.Gap;
import org.uptake.measure.Kpi;
import org.uptake.measure.KpiForm;
import org.uptake.measure.KpiHealth;
import org.uptake.measure.KpiPreset;
import org.uptake.measure.KpiService;
import org.uptake.measure.PeriodValue;
import org.uptake.measure.PlanPoint;
import org.uptake.measure.UnitValue;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "KPIs", description = "Key performance indicators of programs: definition, planned trajectory, plan vs actual, gaps, health")
@RestController
@RequestMapping("/api/v1")
class KpiApiController {

    private final KpiService kpis;
    private final MessageSource messages;

    KpiApiController(KpiService kpis, MessageSource messages) {
        this.kpis = kpis;
        this.messages = messages;
    }

    @GetMapping("/kpis")
    @Operation(summary = "KPIs by name: of one program (programId) or of every program the caller reads; follow `next`")
    Slice<Kpi> list(@RequestParam(required = false) Long programId, @RequestParam(required = false) String after,
                    @RequestParam(defaultValue = "50") int size) {
        return kpis.list(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }

    @PostMapping("/kpis")
    @Operation(summary = "Creates a KPI of programId tied to goalId; a preset (CPM, CTR, CR, CRM_…) fills what is left out; "
            + "the planned trajectory starts as a straight line from baseline to target")
    ResponseEntity<Kpi> create(@Valid @RequestBody KpiForm form) {
        if (form.getProgramId() == null) {
            throw new InvalidInputException("programId", "kpi.error.program");
        }
        Kpi k = kpis.create(CurrentActor.get(), form.getProgramId(), form);
        return ResponseEntity.created(URI.create("/api/v1/kpis/" + k.id())).body(k);
    }

    /** A preset with its texts in the caller's language. */
    record PresetView(String preset, String playbook, String code, String name, String unitOfMeasure, String method, String source,
                      String direction, String aggregation) {
    }

    @GetMapping("/kpis/presets")
    @Operation(summary = "The built-in KPI presets of the seeds' cases: CPM, CTR, CR (P4) and the CRM goals (P5)")
    List<PresetView> presets() {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return Arrays.stream(KpiPreset.values()).map(p -> new PresetView(p.name(), p.playbook(), p.code(),
                messages.getMessage(p.key("name"), null, locale), messages.getMessage(p.key("unit"), null, locale),
                messages.getMessage(p.key("method"), null, locale), messages.getMessage(p.key("source"), null, locale),
                p.direction().name(), p.aggregation().name())).toList();
    }

    @GetMapping("/kpis/{id}")
    Kpi get(@PathVariable long id) {
        return kpis.get(CurrentActor.get(), id);
    }

    @PutMapping("/kpis/{id}")
    @Operation(summary = "Changes a KPI's definition; a changed period, baseline or target date restarts the trajectory; stale version → 409")
    Kpi update(@PathVariable long id, @Valid @RequestBody KpiForm form) {
        return kpis.update(CurrentActor.get(), id, form);
    }

    @DeleteMapping("/kpis/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        kpis.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/kpis/{id}/plan")
    List<PlanPoint> plan(@PathVariable long id) {
        return kpis.plan(CurrentActor.get(), id);
    }

    /** A new trajectory and the KPI's version it was made from. */
    record PlanChange(int version, List<PlanPoint> points) {
    }

    @PutMapping("/kpis/{id}/plan")
    @Operation(summary = "Replaces the planned trajectory: one value per period start between baseline and target")
    List<PlanPoint> replacePlan(@PathVariable long id, @RequestBody PlanChange change) {
        return kpis.replacePlan(CurrentActor.get(), id, change.points(), change.version());
    }

    @GetMapping("/kpis/{id}/values")
    @Operation(summary = "Plan vs actual per period, with the shortfall in percent and the gap level (ON_PLAN, SMALL, LARGE)")
    List<PeriodValue> values(@PathVariable long id) {
        return kpis.values(CurrentActor.get(), id);
    }

    @GetMapping("/kpis/{id}/values/units")
    @Operation(summary = "Each unit's latest value in the period holding `day`, with the measurement it comes from")
    List<UnitValue> unitValues(@PathVariable long id, @RequestParam LocalDate day) {
        return kpis.unitValues(CurrentActor.get(), id, day);
    }

    @GetMapping("/kpis/{id}/gaps")
    List<Gap> gaps(@PathVariable long id) {
        return kpis.gaps(CurrentActor.get(), id);
    }

    /** What the coordinator did about a gap. */
    record Resolution(String resolution, int version) {
    }

    @PostMapping("/kpis/gaps/{gapId}/resolve")
    Gap resolve(@PathVariable long gapId, @RequestBody Resolution r) {
        return kpis.resolveGap(CurrentActor.get(), gapId, r.resolution(), r.version());
    }

    @GetMapping("/programs/{programId}/kpi-health")
    @Operation(summary = "The program's health from its KPIs: RED, AMBER or GREEN by the stated rule, with the figures behind it")
    KpiHealth health(@PathVariable long programId) {
        return kpis.health(CurrentActor.get(), programId);
    }
}
