package org.uptake.rollout.checklist.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
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
import org.uptake.program.ProgramTeamService;
import org.uptake.rollout.checklist.BulkMark;
import org.uptake.rollout.checklist.Category;
import org.uptake.rollout.checklist.ChecklistItem;
import org.uptake.rollout.checklist.ChecklistService;
import org.uptake.rollout.checklist.ItemForm;
import org.uptake.rollout.checklist.ItemStatus;
import org.uptake.rollout.checklist.TemplateItemForm;
import org.uptake.rollout.wave.web.PageAttempts;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.paging.PageRequest;

/** A unit's checklist (items, evidence, bulk marking) and the program's checklist template. */
@Controller
@RequestMapping("/programs/{programId}/rollout")
class ChecklistPageController {

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final ChecklistService checklists;

    ChecklistPageController(ProgramService programs, ProgramTeamService team, ChecklistService checklists) {
        this.programs = programs;
        this.team = team;
        this.checklists = checklists;
    }

    @GetMapping("/units/{waveUnitId}/checklist")
    String checklist(@PathVariable long programId, @PathVariable long waveUnitId, @RequestParam(required = false) Category category,
                     @RequestParam(required = false) ItemStatus status, @RequestParam(required = false) String after, Model model) {
        Actor actor = CurrentActor.get();
        return page(actor, programId, waveUnitId, category, status, after, model);
    }

    private String page(Actor actor, long programId, long waveUnitId, Category category, ItemStatus status, String after,
                        Model model) {
        var unit = checklists.waveUnit(actor, programId, waveUnitId);
        ProgramAccess access = programs.access(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("u", unit);
        model.addAttribute("summary", checklists.summary(actor, programId, waveUnitId));
        model.addAttribute("snapshot", access.edits() ? checklists.snapshot(actor, programId, null, waveUnitId) : null);
        model.addAttribute("items", checklists.items(actor, programId, waveUnitId, category, status, new PageRequest(null, after, 100)));
        model.addAttribute("category", category);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("members", access.reads() ? team.members(actor, programId) : List.of());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("actorPersonId", actor.personId());
        model.addAttribute("maxMb", org.uptake.rollout.evidence.EvidenceStore.MAX_MB);
        return "rollout/checklist";
    }

    @PostMapping("/checklist-items/{itemId}")
    String update(@PathVariable long programId, @PathVariable long itemId, @RequestParam ItemStatus status,
                  @RequestParam(required = false) Long ownerPersonId, @RequestParam(required = false) LocalDate dueDate,
                  @RequestParam(required = false) String evidenceNote, @RequestParam int version,
                  @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        ChecklistItem item = checklists.item(actor, programId, itemId);
        return PageAttempts.attempt(() -> {
            ChecklistService.Upload upload = file == null || file.isEmpty() ? null
                    : new ChecklistService.Upload(file.getOriginalFilename(), file.getContentType(), bytes(file));
            checklists.update(actor, programId, itemId, new ItemForm(ownerPersonId, dueDate, status, evidenceNote, version), upload);
            return redirect(programId, item.waveUnitId());
        }, () -> page(actor, programId, item.waveUnitId(), null, null, null, model), model, response);
    }

    /** Ticked items come as "id:version" (the version shown); with none ticked, the snapshot of the whole list counts. */
    @PostMapping("/units/{waveUnitId}/checklist/mark")
    String mark(@PathVariable long programId, @PathVariable long waveUnitId, @RequestParam ItemStatus status,
                @RequestParam(required = false) List<String> itemIds, @RequestParam(required = false) Category category,
                @RequestParam(required = false) String evidenceNote, @RequestParam(required = false) String snapshot, Model model,
                HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            boolean all = itemIds == null || itemIds.isEmpty();
            List<Long> ids = all ? null : new java.util.ArrayList<>();
            List<Integer> versions = all ? null : new java.util.ArrayList<>();
            for (String ticked : all ? List.<String>of() : itemIds) {
                String[] parts = ticked.split(":");
                try {
                    ids.add(Long.parseLong(parts[0].strip()));
                    versions.add(parts.length == 2 ? Integer.parseInt(parts[1].strip()) : null);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("itemIds", "rollout.error.unknownItems");
                }
            }
            checklists.mark(actor, programId, new BulkMark(ids, versions, null, all ? waveUnitId : null, all ? category : null,
                    status, evidenceNote, all ? snapshot : null));
            return redirect(programId, waveUnitId);
        }, () -> page(actor, programId, waveUnitId, null, null, null, model), model, response);
    }

    @GetMapping("/checklist-template")
    String template(@PathVariable long programId, Model model) {
        return templatePage(CurrentActor.get(), programId, model);
    }

    private String templatePage(Actor actor, long programId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("template", checklists.template(actor, programId));
        model.addAttribute("categories", Category.values());
        model.addAttribute("members", team.members(actor, programId));
        return "rollout/checklist-template";
    }

    @PostMapping("/checklist-template")
    String addTemplateItem(@PathVariable long programId, @RequestParam(required = false) Category category,
                           @RequestParam(required = false) String title, @RequestParam(required = false) Long ownerPersonId,
                           @RequestParam(required = false) Integer dueDaysBefore, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            checklists.addTemplateItem(actor, programId, form(category, title, ownerPersonId, dueDaysBefore, 0));
            return "redirect:/programs/" + programId + "/rollout/checklist-template";
        }, () -> templatePage(actor, programId, model), model, response);
    }

    @PostMapping("/checklist-template/{itemId}/delete")
    String deleteTemplateItem(@PathVariable long programId, @PathVariable long itemId, @RequestParam int version, Model model,
                              HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            checklists.deleteTemplateItem(actor, programId, itemId, version);
            return "redirect:/programs/" + programId + "/rollout/checklist-template";
        }, () -> templatePage(actor, programId, model), model, response);
    }

    /** The page form's fields checked like the API's Bean Validation. */
    static TemplateItemForm form(Category category, String title, Long owner, Integer days, int version) {
        if (category == null) {
            throw new InvalidInputException("category", "rollout.error.categoryRequired");
        }
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new InvalidInputException("title", "rollout.error.titleRequired");
        }
        if (days == null || days < 0 || days > 365) {
            throw new InvalidInputException("dueDaysBefore", "rollout.error.daysRange", 0, 365);
        }
        return new TemplateItemForm(category, title, owner, days, version);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String redirect(long programId, long waveUnitId) {
        return "redirect:/programs/" + programId + "/rollout/units/" + waveUnitId + "/checklist";
    }
}
