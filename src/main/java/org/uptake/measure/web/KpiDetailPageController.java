package org.uptake.measure.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.measure.Kpi;
import org.uptake.measure.KpiForm;
import org.uptake.measure.KpiIndicatorService;
import org.uptake.measure.KpiService;
import org.uptake.measure.MeasurementForm;
import org.uptake.measure.MeasurementService;
import org.uptake.measure.PeriodValue;
import org.uptake.measure.PlanPoint;
import org.uptake.measure.SourceKind;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramTeamService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;
import tools.jackson.databind.json.JsonMapper;

/** A KPI's page: the chart, plan vs actual per period with the units behind each figure, measurements, the definition, history. */
@Controller
@RequestMapping("/programs/{programId}/kpis/{kpiId}")
class KpiDetailPageController {

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final KpiService kpis;
    private final MeasurementService measurements;
    private final KpiIndicatorService indicators;
    private final AuditLog audit;
    private final JsonMapper json;

    KpiDetailPageController(ProgramService programs, ProgramTeamService team, KpiService kpis, MeasurementService measurements,
                            KpiIndicatorService indicators, AuditLog audit, JsonMapper json) {
        this.programs = programs;
        this.team = team;
        this.kpis = kpis;
        this.measurements = measurements;
        this.indicators = indicators;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping
    String show(@PathVariable long programId, @PathVariable long kpiId, @RequestParam(required = false) LocalDate period,
                @RequestParam(required = false) String after, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("after", after);
        return page(CurrentActor.get(), programId, kpiId, model);
    }

    private String page(Actor actor, long programId, long kpiId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        Kpi kpi = kpis.get(actor, programId, kpiId);
        List<PeriodValue> values = kpis.values(actor, kpiId);
        LocalDate period = (LocalDate) model.getAttribute("period");
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("kpi", kpi);
        model.addAttribute("edits", kpis.edits(actor, kpi));
        model.addAttribute("records", kpis.records(actor, kpi));
        model.addAttribute("values", values);
        model.addAttribute("chart", json.writeValueAsString(KpiChart.of(kpi, values)));
        model.addAttribute("plan", kpis.plan(actor, kpiId));
        model.addAttribute("gaps", kpis.gaps(actor, kpiId));
        model.addAttribute("unitValues", period == null ? null : kpis.unitValues(actor, kpiId, period));
        model.addAttribute("measurements", measurements.list(actor, kpiId, new PageRequest(null, (String) model.getAttribute("after"), 50)));
        model.addAttribute("goals", team.goals(actor, programId));
        model.addAttribute("indicator", indicators.linked(actor, kpiId).orElse(null));
        model.addAttribute("indicatorChoices", kpis.edits(actor, kpi) ? indicators.choices(actor, null) : List.of());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", KpiForm.of(kpi));
        }
        if (!model.containsAttribute("measurement")) {
            var m = new MeasurementForm();
            m.setMeasuredOn(LocalDate.now());
            model.addAttribute("measurement", m);
        }
        KpiPageController.options(model);
        model.addAttribute("history", audit.history(actor.organizationId(), KpiService.ENTITY, kpiId, 50));
        return "measure/kpi";
    }

    @PostMapping
    String update(@PathVariable long programId, @PathVariable long kpiId, KpiForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            kpis.get(actor, programId, kpiId);
            kpis.update(actor, kpiId, form);
            return redirect(programId, kpiId);
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("form", form);
            return refused(actor, programId, kpiId, model, e);
        }
    }

    /** Ties the KPI to a process indicator (an empty choice unties it). */
    @PostMapping("/indicator")
    String indicator(@PathVariable long programId, @PathVariable long kpiId, @RequestParam(required = false) Long indicatorId,
                     @RequestParam(required = false) Integer version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            kpis.get(actor, programId, kpiId);
            indicators.link(actor, kpiId, indicatorId, version == null ? -1 : version);
            return redirect(programId, kpiId);
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, kpiId, model, e);
        }
    }

    @PostMapping("/delete")
    String delete(@PathVariable long programId, @PathVariable long kpiId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            kpis.get(actor, programId, kpiId);
            kpis.delete(actor, kpiId, version);
            return "redirect:/programs/" + programId + "/kpis";
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, kpiId, model, e);
        }
    }

    /** The plan editor posts one {@code plan[yyyy-mm-dd]} field per period; an empty field leaves that period unplanned. */
    @PostMapping("/plan")
    String plan(@PathVariable long programId, @PathVariable long kpiId, @RequestParam Map<String, String> fields,
                @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            kpis.get(actor, programId, kpiId);
            kpis.replacePlan(actor, kpiId, points(fields), version);
            return redirect(programId, kpiId);
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, kpiId, model, e);
        }
    }

    static List<PlanPoint> points(Map<String, String> fields) {
        List<PlanPoint> points = new ArrayList<>();
        for (var e : fields.entrySet()) {
            if (!e.getKey().startsWith("plan[") || !e.getKey().endsWith("]") || e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            try {
                points.add(new PlanPoint(LocalDate.parse(e.getKey().substring(5, e.getKey().length() - 1)),
                        new BigDecimal(e.getValue().strip().replace(',', '.'))));
            } catch (java.time.format.DateTimeParseException | NumberFormatException ex) {
                throw new InvalidInputException("plan", "kpi.error.planValue");
            }
        }
        return points;
    }

    @PostMapping("/measurements")
    String record(@PathVariable long programId, @PathVariable long kpiId, MeasurementForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            kpis.get(actor, programId, kpiId);
            measurements.record(actor, kpiId, form, SourceKind.MANUAL);
            return redirect(programId, kpiId);
        } catch (InvalidInputException e) {
            model.addAttribute("measurement", form);
            return refused(actor, programId, kpiId, model, e);
        }
    }

    @GetMapping("/measurements/{measurementId}")
    String measurement(@PathVariable long programId, @PathVariable long kpiId, @PathVariable long measurementId, Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("tabs", programs.tabs(access));
        Kpi kpi = kpis.get(actor, programId, kpiId);
        model.addAttribute("kpi", kpi);
        model.addAttribute("edits", kpis.edits(actor, kpi));
        model.addAttribute("m", measurements.get(actor, kpiId, measurementId));
        return "measure/measurement";
    }

    @PostMapping("/measurements/{measurementId}/delete")
    String deleteMeasurement(@PathVariable long programId, @PathVariable long kpiId, @PathVariable long measurementId) {
        Actor actor = CurrentActor.get();
        kpis.get(actor, programId, kpiId);
        measurements.delete(actor, kpiId, measurementId);
        return redirect(programId, kpiId);
    }

    private static String redirect(long programId, long kpiId) {
        return "redirect:/programs/" + programId + "/kpis/" + kpiId;
    }

    private String refused(Actor actor, long programId, long kpiId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        return page(actor, programId, kpiId, model);
    }
}
