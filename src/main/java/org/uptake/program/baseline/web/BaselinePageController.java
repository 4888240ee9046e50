package org.uptake.program.baseline.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.baseline.Baseline;
import org.uptake.program.baseline.BaselineForm;
import org.uptake.program.baseline.BaselineService;
import org.uptake.program.baseline.BurnDown;
import org.uptake.program.plan.PlanService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;

/**
 * The baselines tab: save a baseline, the burn-down against it, and the variance of every phase and
 * of the tasks that moved (or every task of one phase). A baseline's own page adds renaming and history.
 */
@Controller
@RequestMapping("/programs/{programId}/baselines")
class BaselinePageController {

    static final int PAGE_TASKS = 300;

    private final ProgramService programs;
    private final BaselineService baselines;
    private final PlanService plans;
    private final AuditLog audit;

    BaselinePageController(ProgramService programs, BaselineService baselines, PlanService plans, AuditLog audit) {
        this.programs = programs;
        this.baselines = baselines;
        this.plans = plans;
        this.audit = audit;
    }

    @GetMapping
    String latest(@PathVariable long programId, @RequestParam(required = false) Long phaseId,
                  @RequestParam(defaultValue = "false") boolean all, Model model) {
        Actor actor = CurrentActor.get();
        Baseline latest = baselines.latest(actor, programId).orElse(null);
        return view(actor, programId, latest, phaseId, all, model);
    }

    @GetMapping("/{baselineId}")
    String show(@PathVariable long programId, @PathVariable long baselineId, @RequestParam(required = false) Long phaseId,
                @RequestParam(defaultValue = "false") boolean all, Model model) {
        Actor actor = CurrentActor.get();
        return view(actor, programId, baselines.get(actor, programId, baselineId), phaseId, all, model);
    }

    private String view(Actor actor, long programId, Baseline baseline, Long phaseId, boolean all, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("baselines", baselines.list(actor, programId, PageRequest.first(50)).items());
        model.addAttribute("phases", plans.phases(actor, programId));
        model.addAttribute("baseline", baseline);
        model.addAttribute("phaseId", phaseId);
        model.addAttribute("all", all);
        model.addAttribute("today", java.time.LocalDate.now());
        if (baseline != null) {
            model.addAttribute("variance", baselines.variance(actor, programId, baseline.id(), phaseId, all, PAGE_TASKS));
            model.addAttribute("history", audit.history(actor.organizationId(), BaselineService.ENTITY, baseline.id(), 20));
        }
        return "program/views/baselines";
    }

    @GetMapping(value = "/burndown.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    BurnDown burnDown(@PathVariable long programId, @RequestParam(required = false) Long baselineId) {
        return baselines.burnDown(CurrentActor.get(), programId, baselineId);
    }

    @PostMapping
    String save(@PathVariable long programId, @RequestParam(required = false) String name,
                @RequestParam(required = false) String note, @RequestParam(required = false) Long phaseId, Model model) {
        Actor actor = CurrentActor.get();
        try {
            Baseline saved = baselines.save(actor, programId, new BaselineForm(name, note, phaseId, 0));
            return "redirect:/programs/" + programId + "/baselines/" + saved.id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("sentName", name);
            model.addAttribute("sentNote", note);
            return latest(programId, null, false, model);
        }
    }

    @PostMapping("/{baselineId}")
    String rename(@PathVariable long programId, @PathVariable long baselineId, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String note, @RequestParam(required = false) Long phaseId,
                  @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            baselines.rename(actor, programId, baselineId, new BaselineForm(name, note, phaseId, version));
            return "redirect:/programs/" + programId + "/baselines/" + baselineId;
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, baselineId, model, e);
        }
    }

    @PostMapping("/{baselineId}/delete")
    String delete(@PathVariable long programId, @PathVariable long baselineId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            baselines.delete(actor, programId, baselineId, version);
            return "redirect:/programs/" + programId + "/baselines";
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, baselineId, model, e);
        }
    }

    private String refused(Actor actor, long programId, long baselineId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        return view(actor, programId, baselines.get(actor, programId, baselineId), null, false, model);
    }
}
