package org.uptake.engagement.stakeholder.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.engagement.stakeholder.ActivityForm;
import org.uptake.engagement.stakeholder.AnchoringService;
import org.uptake.engagement.stakeholder.Attitude;
import org.uptake.engagement.stakeholder.StakeholderForm;
import org.uptake.engagement.stakeholder.StakeholderKind;
import org.uptake.engagement.stakeholder.StakeholderService;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;
import tools.jackson.databind.json.JsonMapper;

/** The stakeholders tab (grid, register, anchoring activities) and a stakeholder's page (edit, concerns, history). */
@Controller
@RequestMapping("/programs/{programId}/stakeholders")
class StakeholderPageController {

    private static final String REGISTER = "engagement/stakeholders/register";
    private static final String SHOW = "engagement/stakeholders/show";

    private final ProgramService programs;
    private final StakeholderService stakeholders;
    private final AnchoringService activities;
    private final AuditLog audit;
    private final JsonMapper json;

    StakeholderPageController(ProgramService programs, StakeholderService stakeholders, AnchoringService activities,
                              AuditLog audit, JsonMapper json) {
        this.programs = programs;
        this.stakeholders = stakeholders;
        this.activities = activities;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping
    String register(@PathVariable long programId, @RequestParam(required = false) Attitude attitude,
                    @RequestParam(required = false) String after, Model model) {
        registerModel(CurrentActor.get(), programId, attitude, after, model);
        return REGISTER;
    }

    private void registerModel(Actor actor, long programId, Attitude attitude, String after, Model model) {
        ProgramAccess access = stakeholders.requireReader(actor, programId);
        common(access, model);
        model.addAttribute("attitude", attitude);
        model.addAttribute("gridJson", json.writeValueAsString(stakeholders.grid(actor, programId)));
        model.addAttribute("page", stakeholders.list(actor, programId, attitude, new PageRequest(null, after, 50)));
        model.addAttribute("activities", activities.list(actor, programId, null));
        if (access.edits()) {
            model.addAttribute("choices", stakeholders.choices(actor, programId));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new StakeholderForm().withEmptySlots(2));
        }
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", new ActivityForm());
        }
    }

    private void common(ProgramAccess access, Model model) {
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("attitudes", Attitude.values());
        model.addAttribute("kinds", StakeholderKind.values());
    }

    @PostMapping
    String create(@PathVariable long programId, StakeholderForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            var created = stakeholders.create(actor, programId, form);
            return "redirect:/programs/" + programId + "/stakeholders/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("form", form);
            registerModel(actor, programId, null, null, model);
            return REGISTER;
        }
    }

    @PostMapping("/activities")
    String addActivity(@PathVariable long programId, ActivityForm activityForm, @RequestParam(required = false) String back,
                       Model model) {
        Actor actor = CurrentActor.get();
        try {
            activities.create(actor, programId, activityForm);
            return "redirect:" + back(programId, back);
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("activityForm", activityForm);
            registerModel(actor, programId, null, null, model);
            return REGISTER;
        }
    }

    @PostMapping("/activities/{activityId}/done")
    String activityDone(@PathVariable long programId, @PathVariable long activityId, @RequestParam int version,
                        @RequestParam(defaultValue = "true") boolean done, @RequestParam(required = false) String back, Model model) {
        Actor actor = CurrentActor.get();
        try {
            var form = ActivityForm.of(activities.get(actor, programId, activityId));
            form.setVersion(version);
            form.setDone(done);
            activities.update(actor, programId, activityId, form);
            return "redirect:" + back(programId, back);
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("violations", violations(e));
            registerModel(actor, programId, null, null, model);
            return REGISTER;
        }
    }

    @PostMapping("/activities/{activityId}/delete")
    String deleteActivity(@PathVariable long programId, @PathVariable long activityId, @RequestParam int version,
                          @RequestParam(required = false) String back, Model model) {
        Actor actor = CurrentActor.get();
        try {
            activities.delete(actor, programId, activityId, version);
            return "redirect:" + back(programId, back);
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("violations", violations(e));
            registerModel(actor, programId, null, null, model);
            return REGISTER;
        }
    }

    /** Back to the register or to one stakeholder's page of the same program, never anywhere else. */
    private static String back(long programId, String back) {
        String base = "/programs/" + programId + "/stakeholders";
        return back != null && back.matches("\\d+") ? base + "/" + back : base;
    }

    @GetMapping("/{stakeholderId}")
    String show(@PathVariable long programId, @PathVariable long stakeholderId, Model model) {
        showModel(CurrentActor.get(), programId, stakeholderId, model);
        return SHOW;
    }

    private void showModel(Actor actor, long programId, long stakeholderId, Model model) {
        var stakeholder = stakeholders.get(actor, programId, stakeholderId);
        common(stakeholders.requireReader(actor, programId), model);
        model.addAttribute("stakeholder", stakeholder);
        model.addAttribute("activities", activities.list(actor, programId, stakeholderId));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", StakeholderForm.of(stakeholder).withEmptySlots(2));
        }
        var activityForm = new ActivityForm();
        activityForm.setStakeholderId(stakeholderId);
        model.addAttribute("activityForm", activityForm);
        model.addAttribute("history", audit.history(actor.organizationId(), StakeholderService.ENTITY, stakeholderId, 50));
    }

    @PostMapping("/{stakeholderId}")
    String update(@PathVariable long programId, @PathVariable long stakeholderId, StakeholderForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            stakeholders.update(actor, programId, stakeholderId, form);
            return "redirect:/programs/" + programId + "/stakeholders/" + stakeholderId;
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("form", form.withEmptySlots(0));
            model.addAttribute("violations", violations(e));
            showModel(actor, programId, stakeholderId, model);
            return SHOW;
        }
    }

    @PostMapping("/{stakeholderId}/delete")
    String delete(@PathVariable long programId, @PathVariable long stakeholderId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            stakeholders.delete(actor, programId, stakeholderId, version);
            return "redirect:/programs/" + programId + "/stakeholders";
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("violations", violations(e));
            showModel(actor, programId, stakeholderId, model);
            return SHOW;
        }
    }

    private static List<Violation> violations(RuntimeException e) {
        return e instanceof InvalidInputException invalid ? invalid.violations() : List.of(Violation.of(null, "error.stale"));
    }
}
