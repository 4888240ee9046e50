package org.uptake.rollout.migration.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.rollout.migration.MigrationForm;
import org.uptake.rollout.migration.MigrationMethod;
import org.uptake.rollout.migration.MigrationService;
import org.uptake.rollout.migration.MigrationStep;
import org.uptake.rollout.migration.StepForm;
import org.uptake.rollout.migration.TestResult;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.web.PageAttempts;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;

/** The program's data migrations: data sources, and the backup → test → migrate → test steps with their evidence. */
@Controller
@RequestMapping("/programs/{programId}/rollout/migrations")
class MigrationPageController {

    private final ProgramService programs;
    private final WaveService waves;
    private final MigrationService migrations;
    private final AuditLog audit;

    MigrationPageController(ProgramService programs, WaveService waves, MigrationService migrations, AuditLog audit) {
        this.audit = audit;
        this.programs = programs;
        this.waves = waves;
        this.migrations = migrations;
    }

    @GetMapping
    String list(@PathVariable long programId, Model model) {
        return page(CurrentActor.get(), programId, model);
    }

    private String page(Actor actor, long programId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("migrations", migrations.list(actor, programId, null));
        model.addAttribute("units", waves.units(actor, programId, null));
        model.addAttribute("methods", MigrationMethod.values());
        model.addAttribute("results", TestResult.values());
        return "rollout/migrations";
    }

    @PostMapping
    String create(@PathVariable long programId, @RequestParam(required = false) Long waveUnitId,
                  @RequestParam(required = false) String sourceSystem, @RequestParam(required = false) MigrationMethod method,
                  @RequestParam(required = false) String dataSets, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            migrations.create(actor, programId, form(waveUnitId, sourceSystem, method, dataSets, 0));
            return redirect(programId);
        }, () -> page(actor, programId, model), model, response);
    }

    @GetMapping("/{migrationId}")
    String record(@PathVariable long programId, @PathVariable long migrationId, Model model) {
        return recordPage(CurrentActor.get(), programId, migrationId, model);
    }

    private String recordPage(Actor actor, long programId, long migrationId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("m", migrations.get(actor, programId, migrationId));
        model.addAttribute("units", waves.units(actor, programId, null));
        model.addAttribute("methods", MigrationMethod.values());
        model.addAttribute("history", audit.history(actor.organizationId(), MigrationService.ENTITY, migrationId, 50));
        return "rollout/migration";
    }

    /** The record's edit form: source, method, data sets and unit, at the version shown (until the data are migrated). */
    @PostMapping("/{migrationId}")
    String update(@PathVariable long programId, @PathVariable long migrationId, @RequestParam(required = false) Long waveUnitId,
                  @RequestParam(required = false) String sourceSystem, @RequestParam(required = false) MigrationMethod method,
                  @RequestParam(required = false) String dataSets, @RequestParam int version, Model model,
                  HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            migrations.update(actor, programId, migrationId, form(waveUnitId, sourceSystem, method, dataSets, version));
            return "redirect:/programs/" + programId + "/rollout/migrations/" + migrationId;
        }, () -> recordPage(actor, programId, migrationId, model), model, response);
    }

    @PostMapping("/{migrationId}/delete")
    String delete(@PathVariable long programId, @PathVariable long migrationId, @RequestParam int version, Model model,
                  HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            migrations.delete(actor, programId, migrationId, version);
            return redirect(programId);
        }, () -> recordPage(actor, programId, migrationId, model), model, response);
    }

    /** The record's fields checked like the API's Bean Validation. */
    private static MigrationForm form(Long waveUnitId, String sourceSystem, MigrationMethod method, String dataSets, int version) {
        if (sourceSystem == null || sourceSystem.isBlank() || sourceSystem.strip().length() > 200) {
            throw new InvalidInputException("sourceSystem", "rollout.error.sourceRequired");
        }
        if (method == null) {
            throw new InvalidInputException("method", "rollout.error.methodRequired");
        }
        if (dataSets != null && dataSets.length() > 2000) {
            throw new InvalidInputException("dataSets", "rollout.error.tooLong", 2000);
        }
        return new MigrationForm(waveUnitId, sourceSystem, method, dataSets, version);
    }

    @PostMapping("/{migrationId}/steps/{step}")
    String step(@PathVariable long programId, @PathVariable long migrationId, @PathVariable MigrationStep step,
                @RequestParam(required = false) TestResult result, @RequestParam(required = false) String note,
                @RequestParam(required = false) Long recordsMigrated, @RequestParam int version,
                @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            MigrationService.Upload upload = file == null || file.isEmpty() ? null
                    : new MigrationService.Upload(file.getOriginalFilename(), file.getContentType(), bytes(file));
            migrations.record(actor, programId, migrationId, step, stepForm(result, note, recordsMigrated, version), upload);
            return redirect(programId);
        }, () -> page(actor, programId, model), model, response);
    }

    /** The step's fields checked like the API's Bean Validation. */
    static StepForm stepForm(TestResult result, String note, Long recordsMigrated, int version) {
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("note", "rollout.error.tooLong", 2000);
        }
        if (recordsMigrated != null && recordsMigrated < 0) {
            throw new InvalidInputException("recordsMigrated", "rollout.error.notNegative");
        }
        return new StepForm(result, note, recordsMigrated, version);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String redirect(long programId) {
        return "redirect:/programs/" + programId + "/rollout/migrations";
    }
}
