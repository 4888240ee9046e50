package org.uptake.rollout.parallel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.rollout.parallel.CheckForm;
import org.uptake.rollout.parallel.Cutover;
import org.uptake.rollout.parallel.CutoverForm;
import org.uptake.rollout.parallel.ParallelRunService;
import org.uptake.rollout.parallel.ReadingForm;
import org.uptake.rollout.parallel.RunForm;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.web.PageAttempts;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;

/** Parallel runs of a program: the list with a form to start one, and a run's reconciliation and cutover. */
@Controller
@RequestMapping("/programs/{programId}/rollout/parallel-runs")
class ParallelRunPageController {

    private final ProgramService programs;
    private final WaveService waves;
    private final ParallelRunService runs;
    private final AuditLog audit;

    ParallelRunPageController(ProgramService programs, WaveService waves, ParallelRunService runs, AuditLog audit) {
        this.audit = audit;
        this.programs = programs;
        this.waves = waves;
        this.runs = runs;
    }

    private ProgramAccess frame(Actor actor, long programId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        return access;
    }

    @GetMapping
    String list(@PathVariable long programId, Model model) {
        return listPage(CurrentActor.get(), programId, model);
    }

    private String listPage(Actor actor, long programId, Model model) {
        frame(actor, programId, model);
        model.addAttribute("runs", runs.list(actor, programId));
        model.addAttribute("waves", waves.list(actor, programId));
        model.addAttribute("units", waves.units(actor, programId, null));
        model.addAttribute("today", LocalDate.now());
        return "rollout/parallel-runs";
    }

    @PostMapping
    String create(@PathVariable long programId, @RequestParam(required = false) String scope,
                  @RequestParam(required = false) String legacySystem, @RequestParam(required = false) String newSystem,
                  @RequestParam(required = false) LocalDate startsOn, @RequestParam(required = false) LocalDate endsOn,
                  @RequestParam(required = false) String purpose, @RequestParam(required = false) String exitCriteria,
                  @RequestParam(required = false) Integer matchingDays, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            Long waveId = scope != null && scope.startsWith("w") ? parse(scope.substring(1)) : null;
            Long unitId = scope != null && scope.startsWith("u") ? parse(scope.substring(1)) : null;
            var run = runs.create(actor, programId, runForm(waveId, unitId, legacySystem, newSystem, startsOn, endsOn, purpose,
                    exitCriteria, matchingDays, 0));
            return "redirect:/programs/" + programId + "/rollout/parallel-runs/" + run.id();
        }, () -> listPage(actor, programId, model), model, response);
    }

    /** The edit form of the run's page: systems, period, purpose and exit rule, at the version shown. */
    @PostMapping("/{runId}")
    String update(@PathVariable long programId, @PathVariable long runId,
                  @RequestParam(required = false) String legacySystem, @RequestParam(required = false) String newSystem,
                  @RequestParam(required = false) LocalDate startsOn, @RequestParam(required = false) LocalDate endsOn,
                  @RequestParam(required = false) String purpose, @RequestParam(required = false) String exitCriteria,
                  @RequestParam(required = false) Integer matchingDays, @RequestParam int version, Model model,
                  HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            var run = runs.get(actor, programId, runId).run();
            runs.update(actor, programId, runId, runForm(run.waveId(), run.waveUnitId(), legacySystem, newSystem, startsOn, endsOn,
                    purpose, exitCriteria, matchingDays, version));
            return redirect(programId, runId);
        }, () -> runPage(actor, programId, runId, model), model, response);
    }

    /** The run's fields checked like the API's Bean Validation. */
    private static RunForm runForm(Long waveId, Long unitId, String legacySystem, String newSystem, LocalDate startsOn,
                                   LocalDate endsOn, String purpose, String exitCriteria, Integer matchingDays, int version) {
        require(legacySystem, "legacySystem");
        require(newSystem, "newSystem");
        if (startsOn == null || endsOn == null) {
            throw new InvalidInputException(startsOn == null ? "startsOn" : "endsOn", "rollout.error.periodRequired");
        }
        if (matchingDays == null || matchingDays < 1 || matchingDays > 365) {
            throw new InvalidInputException("matchingDays", "rollout.error.daysRange", 1, 365);
        }
        for (String text : new String[] {purpose, exitCriteria}) {
            if (text != null && text.length() > 2000) {
                throw new InvalidInputException(text == purpose ? "purpose" : "exitCriteria", "rollout.error.tooLong", 2000);
            }
        }
        return new RunForm(waveId, unitId, legacySystem, newSystem, startsOn, endsOn, purpose, exitCriteria, matchingDays, version);
    }

    @GetMapping("/{runId}")
    String run(@PathVariable long programId, @PathVariable long runId, Model model) {
        return runPage(CurrentActor.get(), programId, runId, model);
    }

    private String runPage(Actor actor, long programId, long runId, Model model) {
        frame(actor, programId, model);
        model.addAttribute("r", runs.get(actor, programId, runId));
        model.addAttribute("decisions", Cutover.values());
        model.addAttribute("history", audit.history(actor.organizationId(), ParallelRunService.ENTITY, runId, 50));
        model.addAttribute("today", LocalDate.now());
        return "rollout/parallel-run";
    }

    @PostMapping("/{runId}/checks")
    String addCheck(@PathVariable long programId, @PathVariable long runId, @RequestParam(required = false) String metric,
                    @RequestParam(required = false) String tolerancePercent, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            require(metric, "metric");
            BigDecimal tolerance = number(tolerancePercent, "tolerancePercent");
            if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException("tolerancePercent", "rollout.error.valueRange", 0, 100);
            }
            runs.addCheck(actor, programId, runId, new CheckForm(metric, tolerance));
            return redirect(programId, runId);
        }, () -> runPage(actor, programId, runId, model), model, response);
    }

    @PostMapping("/{runId}/readings")
    String record(@PathVariable long programId, @PathVariable long runId, @RequestParam(required = false) LocalDate day,
                  @RequestParam(required = false) List<Long> checkId, @RequestParam(required = false) List<String> legacyValue,
                  @RequestParam(required = false) List<String> newValue, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            if (day == null) {
                throw new InvalidInputException("day", "rollout.error.dayRequired");
            }
            List<ReadingForm> readings = new ArrayList<>();
            for (int i = 0; checkId != null && i < checkId.size(); i++) {
                String l = legacyValue == null || legacyValue.size() <= i ? null : legacyValue.get(i);
                String n = newValue == null || newValue.size() <= i ? null : newValue.get(i);
                if ((l == null || l.isBlank()) && (n == null || n.isBlank())) {
                    continue;
                }
                readings.add(new ReadingForm(checkId.get(i), day, number(l, "legacyValue"), number(n, "newValue")));
            }
            runs.record(actor, programId, runId, readings, "FORM");
            return redirect(programId, runId);
        }, () -> runPage(actor, programId, runId, model), model, response);
    }

    @PostMapping("/{runId}/decision")
    String decide(@PathVariable long programId, @PathVariable long runId, @RequestParam(required = false) Cutover decision,
                  @RequestParam(required = false) String note, @RequestParam(required = false) LocalDate extendTo,
                  @RequestParam int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            if (decision == null) {
                throw new InvalidInputException("decision", "rollout.error.decisionRequired");
            }
            if (note != null && note.length() > 2000) {
                throw new InvalidInputException("note", "rollout.error.tooLong", 2000);
            }
            runs.decide(actor, programId, runId, new CutoverForm(decision, note, extendTo, version));
            return redirect(programId, runId);
        }, () -> runPage(actor, programId, runId, model), model, response);
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank() || value.strip().length() > 200) {
            throw new InvalidInputException(field, "rollout.error.nameRequired");
        }
    }

    private static Long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("scope", "rollout.error.runScope");
        }
    }

    /** A number as typed (decimal comma allowed), at most 14 digits before and 4 after the point. */
    static BigDecimal number(String value, String field) {
        try {
            BigDecimal n = new BigDecimal(value == null ? "" : value.strip().replace(" ", "").replace(',', '.'));
            if (n.abs().compareTo(new BigDecimal("100000000000000")) >= 0 || n.stripTrailingZeros().scale() > 4) {
                throw new InvalidInputException(field, "rollout.import.numberRange");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "rollout.error.notANumber");
        }
    }

    private static String redirect(long programId, long runId) {
        return "redirect:/programs/" + programId + "/rollout/parallel-runs/" + runId;
    }
}
