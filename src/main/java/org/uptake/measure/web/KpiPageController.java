package org.uptake.measure.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.measure.Aggregation;
import org.uptake.measure.Direction;
import org.uptake.measure.KpiForm;
import org.uptake.measure.KpiPreset;
import org.uptake.measure.KpiService;
import org.uptake.measure.Period;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramTeamService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.paging.PageRequest;

/** The KPIs tab of a program (health, open gaps, the list, a new KPI from scratch or from a preset) and the list of all KPIs. */
@Controller
class KpiPageController {

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final KpiService kpis;

    KpiPageController(ProgramService programs, ProgramTeamService team, KpiService kpis) {
        this.programs = programs;
        this.team = team;
        this.kpis = kpis;
    }

    @GetMapping("/kpis")
    String all(@RequestParam(required = false) String after, Model model) {
        model.addAttribute("page", kpis.list(CurrentActor.get(), null, new PageRequest(null, after, 50)));
        return "measure/kpis-all";
    }

    /** Where the audit log and other modules link a KPI: its page inside its program. */
    @GetMapping("/kpis/{kpiId}")
    String one(@PathVariable long kpiId) {
        var kpi = kpis.get(CurrentActor.get(), kpiId);
        return "redirect:/programs/" + kpi.programId() + "/kpis/" + kpiId;
    }

    @GetMapping("/programs/{programId}/kpis")
    String tab(@PathVariable long programId, @RequestParam(required = false) String preset, @RequestParam(required = false) String after,
               Model model) {
        Actor actor = CurrentActor.get();
        var form = new KpiForm();
        KpiPreset.find(preset).ifPresent(p -> {
            form.setPreset(p.name());
            form.setDirection(p.direction());
            form.setAggregation(p.aggregation());
        });
        model.addAttribute("form", form);
        tabModel(actor, programId, after, model);
        return "measure/kpis";
    }

    private void tabModel(Actor actor, long programId, String after, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("health", kpis.health(actor, programId));
        model.addAttribute("gaps", kpis.openGaps(actor, programId));
        model.addAttribute("page", kpis.list(actor, programId, new PageRequest(null, after, 50)));
        model.addAttribute("goals", team.goals(actor, programId));
        model.addAttribute("presets", KpiPreset.values());
        options(model);
    }

    static void options(Model model) {
        model.addAttribute("directions", Direction.values());
        model.addAttribute("periods", Period.values());
        model.addAttribute("aggregations", Aggregation.values());
    }

    @PostMapping("/programs/{programId}/kpis")
    String create(@PathVariable long programId, KpiForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            var created = kpis.create(actor, programId, form);
            return "redirect:/programs/" + programId + "/kpis/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("form", form);
            tabModel(actor, programId, null, model);
            return "measure/kpis";
        }
    }

    @PostMapping("/programs/{programId}/kpis/gaps/{gapId}/resolve")
    String resolve(@PathVariable long programId, @PathVariable long gapId, @RequestParam(required = false) String resolution,
                   @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            kpis.resolveGap(actor, gapId, resolution, version);
            return "redirect:/programs/" + programId + "/kpis";
        } catch (InvalidInputException | org.uptake.shared.error.StaleVersionException e) {
            model.addAttribute("violations", e instanceof InvalidInputException i ? i.violations()
                    : List.of(org.uptake.shared.error.Violation.of(null, "error.stale")));
            model.addAttribute("form", new KpiForm());
            tabModel(actor, programId, null, model);
            return "measure/kpis";
        }
    }

    static LocalDate orToday(LocalDate day) {
        return day == null ? LocalDate.now() : day;
    }
}
