package org.uptake.rollout.wave.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.rollout.pilot.FindingForm;
import org.uptake.rollout.pilot.FindingKind;
import org.uptake.rollout.pilot.FindingStatus;
import org.uptake.rollout.pilot.PilotService;
import org.uptake.rollout.pilot.Severity;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveForm;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;

/** The waves tab and a wave's page: its units, pilot findings and whether it is stable. */
@Controller
@RequestMapping("/programs/{programId}")
class WavePageController {

    private final ProgramService programs;
    private final WaveService waves;
    private final PilotService pilot;

    WavePageController(ProgramService programs, WaveService waves, PilotService pilot) {
        this.programs = programs;
        this.waves = waves;
        this.pilot = pilot;
    }

    @GetMapping("/waves")
    String list(@PathVariable long programId, Model model) {
        listModel(CurrentActor.get(), programId, model);
        return "rollout/waves";
    }

    private void listModel(Actor actor, long programId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("waves", waves.list(actor, programId));
        model.addAttribute("units", waves.units(actor, programId, null));
        model.addAttribute("candidates", access.edits() ? waves.candidates(actor, programId) : List.of());
    }

    @PostMapping("/waves")
    String create(@PathVariable long programId, @RequestParam String name, @RequestParam(defaultValue = "false") boolean pilot,
                  @RequestParam(required = false) java.time.LocalDate plannedGoLive,
                  @RequestParam(required = false) List<Long> unitIds, @RequestParam(required = false) String functions,
                  Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        WaveForm form = new WaveForm();
        form.setName(name);
        form.setPilot(pilot);
        form.setPlannedGoLive(plannedGoLive);
        form.setFunctions(functions);
        form.setScopeKind(functions == null || functions.isBlank() ? org.uptake.rollout.wave.ScopeKind.UNITS
                : org.uptake.rollout.wave.ScopeKind.FUNCTIONS);
        form.setUnitIds(unitIds);
        return PageAttempts.attempt(() -> {
            check(form);
            Wave w = waves.create(actor, programId, form);
            return "redirect:/programs/" + programId + "/waves/" + w.id();
        }, () -> {
            listModel(actor, programId, model);
            return "rollout/waves";
        }, model, response);
    }

    @GetMapping("/waves/{waveId}")
    String show(@PathVariable long programId, @PathVariable long waveId, Model model) {
        showModel(CurrentActor.get(), programId, waveId, model);
        return "rollout/wave";
    }

    private void showModel(Actor actor, long programId, long waveId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("wave", waves.get(actor, programId, waveId));
        model.addAttribute("units", waves.units(actor, programId, waveId));
        model.addAttribute("findings", pilot.findings(actor, programId, waveId));
        model.addAttribute("stability", pilot.stability(actor, programId, waveId));
        model.addAttribute("rule", pilot.rule(actor, programId));
        model.addAttribute("overrides", actor.isAdmin() || access.has(ProgramRole.SPONSOR));
        model.addAttribute("teamMember", access.edits() || !access.roles().isEmpty());
        model.addAttribute("candidates", access.edits() ? waves.candidates(actor, programId) : List.of());
        model.addAttribute("kinds", FindingKind.values());
        model.addAttribute("severities", Severity.values());
    }

    @PostMapping("/waves/{waveId}")
    String update(@PathVariable long programId, @PathVariable long waveId, @RequestParam String name,
                  @RequestParam(defaultValue = "false") boolean pilot, @RequestParam(required = false) java.time.LocalDate plannedGoLive,
                  @RequestParam(required = false) String functions, @RequestParam int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        WaveForm form = new WaveForm();
        form.setName(name);
        form.setPilot(pilot);
        form.setPlannedGoLive(plannedGoLive);
        form.setFunctions(functions);
        form.setVersion(version);
        return PageAttempts.attempt(() -> {
            check(form);
            waves.update(actor, programId, waveId, form);
            return "redirect:/programs/" + programId + "/waves/" + waveId;
        }, () -> page(actor, programId, waveId, model), model, response);
    }

    @PostMapping("/waves/{waveId}/delete")
    String delete(@PathVariable long programId, @PathVariable long waveId, @RequestParam int version, Model model,
                  HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            waves.delete(actor, programId, waveId, version);
            return "redirect:/programs/" + programId + "/waves";
        }, () -> page(actor, programId, waveId, model), model, response);
    }

    @PostMapping("/waves/{waveId}/units")
    String addUnits(@PathVariable long programId, @PathVariable long waveId, @RequestParam(required = false) List<Long> unitIds,
                    Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            waves.addUnits(actor, programId, waveId, unitIds == null ? List.of() : unitIds);
            return "redirect:/programs/" + programId + "/waves/" + waveId;
        }, () -> page(actor, programId, waveId, model), model, response);
    }

    @PostMapping("/waves/{waveId}/findings")
    String report(@PathVariable long programId, @PathVariable long waveId, @RequestParam FindingKind kind,
                  @RequestParam Severity severity, @RequestParam String title, @RequestParam(required = false) String description,
                  Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            if (title.isBlank() || title.length() > 300) {
                throw new InvalidInputException("title", "rollout.error.titleRequired");
            }
            pilot.report(actor, programId, waveId, new FindingForm(kind, severity, title, description, FindingStatus.OPEN, null, 0));
            return "redirect:/programs/" + programId + "/waves/" + waveId;
        }, () -> page(actor, programId, waveId, model), model, response);
    }

    @PostMapping("/findings/{findingId}")
    String updateFinding(@PathVariable long programId, @PathVariable long findingId, @RequestParam FindingStatus status,
                         @RequestParam(required = false) String fix, @RequestParam int version, Model model,
                         HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        var f = pilot.finding(actor, programId, findingId);
        return PageAttempts.attempt(() -> {
            pilot.update(actor, programId, findingId, new FindingForm(f.kind(), f.severity(), f.title(), f.description(), status,
                    fix, version));
            return "redirect:/programs/" + programId + "/waves/" + f.waveId();
        }, () -> page(actor, programId, f.waveId(), model), model, response);
    }

    @PostMapping("/waves/{waveId}/stable")
    String stable(@PathVariable long programId, @PathVariable long waveId, @RequestParam int version,
                  @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean override,
                  Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            if (override) {
                pilot.overrideStable(actor, programId, waveId, reason, version);
            } else {
                pilot.declareStable(actor, programId, waveId, version);
            }
            return "redirect:/programs/" + programId + "/waves/" + waveId;
        }, () -> page(actor, programId, waveId, model), model, response);
    }

    private String page(Actor actor, long programId, long waveId, Model model) {
        showModel(actor, programId, waveId, model);
        return "rollout/wave";
    }

    private static void check(WaveForm form) {
        if (form.getName() == null || form.getName().isBlank() || form.getName().length() > 200) {
            throw new InvalidInputException("name", "rollout.error.nameRequired");
        }
        if (form.getPlannedGoLive() == null) {
            throw new InvalidInputException("plannedGoLive", "rollout.error.goLiveRequired");
        }
    }
}
