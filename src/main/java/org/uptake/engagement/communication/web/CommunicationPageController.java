package org.uptake.engagement.communication.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.engagement.communication.CalendarMonth;
import org.uptake.engagement.communication.Channel;
import org.uptake.engagement.communication.Communication;
import org.uptake.engagement.communication.CommunicationForm;
import org.uptake.engagement.communication.CommunicationService;
import org.uptake.engagement.communication.CommunicationStatus;
import org.uptake.engagement.communication.MessageType;
import org.uptake.engagement.communication.Translation;
import org.uptake.engagement.stakeholder.StakeholderService;
import org.uptake.org.position.PositionService;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Languages;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.web.TimeFormat;

/** The communication tab (month calendar, add form) and an item's page (edit, send, progress, sent log, translations, history). */
@Controller
@RequestMapping("/programs/{programId}/communications")
class CommunicationPageController {

    private static final String CALENDAR = "engagement/communications/calendar";
    private static final String SHOW = "engagement/communications/show";

    private final ProgramService programs;
    private final CommunicationService communications;
    private final StakeholderService stakeholders;
    private final PositionService positions;
    private final WaveService waves;
    private final AuditLog audit;
    private final TimeFormat time;

    CommunicationPageController(ProgramService programs, CommunicationService communications, StakeholderService stakeholders,
                                PositionService positions, WaveService waves, AuditLog audit, TimeFormat time) {
        this.programs = programs;
        this.communications = communications;
        this.stakeholders = stakeholders;
        this.positions = positions;
        this.waves = waves;
        this.audit = audit;
        this.time = time;
    }

    @GetMapping
    String calendar(@PathVariable long programId, @RequestParam(required = false) String month, Model model) {
        calendarModel(CurrentActor.get(), programId, month(month), model);
        return CALENDAR;
    }

    private YearMonth month(String month) {
        try {
            return month == null ? YearMonth.from(today()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return YearMonth.from(today());
        }
    }

    private LocalDate today() {
        return LocalDate.now(time.zone());
    }

    private void calendarModel(Actor actor, long programId, YearMonth month, Model model) {
        ProgramAccess access = communications.requireReader(actor, programId);
        common(actor, access, model);
        var items = communications.list(actor, programId, CalendarMonth.firstShown(month), CalendarMonth.lastShown(month),
                new PageRequest(null, null, PageRequest.MAX_SIZE)).items();
        model.addAttribute("calendar", CalendarMonth.of(month, items, today()));
        model.addAttribute("items", items.stream().filter(c -> YearMonth.from(c.plannedOn()).equals(month)).toList());
        if (!model.containsAttribute("form")) {
            var form = new CommunicationForm();
            form.setPlannedOn(today());
            form.setChannel(Channel.EMAIL);
            form.setMessageType(MessageType.PROGRESS);
            model.addAttribute("form", form);
        }
    }

    private void common(Actor actor, ProgramAccess access, Model model) {
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("types", MessageType.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", List.of(CommunicationStatus.PLANNED, CommunicationStatus.DONE, CommunicationStatus.CANCELLED));
        model.addAttribute("languages", Languages.SUPPORTED);
        if (access.edits()) {
            model.addAttribute("positionChoices", positions.all(actor));
            model.addAttribute("waveChoices", waves.list(actor, access.programId()));
            model.addAttribute("stakeholderChoices", stakeholders.choices(actor, access.programId()));
        }
    }

    @PostMapping
    String create(@PathVariable long programId, CommunicationForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            Communication created = communications.create(actor, programId, form);
            return "redirect:/programs/" + programId + "/communications/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("form", form);
            calendarModel(actor, programId, form.getPlannedOn() == null ? YearMonth.from(today()) : YearMonth.from(form.getPlannedOn()),
                    model);
            return CALENDAR;
        }
    }

    @GetMapping("/{itemId}")
    String show(@PathVariable long programId, @PathVariable long itemId, @RequestParam(required = false) String state,
                @RequestParam(required = false) String after, Model model) {
        showModel(CurrentActor.get(), programId, itemId, state, after, model);
        return SHOW;
    }

    private void showModel(Actor actor, long programId, long itemId, String state, String after, Model model) {
        Communication item = communications.get(actor, programId, itemId);
        common(actor, communications.requireReader(actor, programId), model);
        model.addAttribute("item", item);
        model.addAttribute("translations", communications.translations(actor, programId, itemId));
        if (item.status().dispatched()) {
            model.addAttribute("progress", communications.progress(actor, programId, itemId));
            model.addAttribute("log", communications.log(actor, programId, itemId, state, after, 50));
            model.addAttribute("state", state);
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CommunicationForm.of(item));
        }
        model.addAttribute("history", audit.history(actor.organizationId(), CommunicationService.ENTITY, itemId, 50));
    }

    @PostMapping("/{itemId}")
    String update(@PathVariable long programId, @PathVariable long itemId, CommunicationForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            communications.update(actor, programId, itemId, form);
            return redirect(programId, itemId);
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("form", form);
            return refused(actor, programId, itemId, model, e);
        }
    }

    @PostMapping("/{itemId}/delete")
    String delete(@PathVariable long programId, @PathVariable long itemId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            communications.delete(actor, programId, itemId, version);
            return "redirect:/programs/" + programId + "/communications";
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, itemId, model, e);
        }
    }

    @PostMapping("/{itemId}/send")
    String send(@PathVariable long programId, @PathVariable long itemId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            communications.sendNow(actor, programId, itemId, version);
            return redirect(programId, itemId);
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, itemId, model, e);
        }
    }

    @PostMapping("/{itemId}/retry")
    String retry(@PathVariable long programId, @PathVariable long itemId, Model model) {
        Actor actor = CurrentActor.get();
        try {
            communications.retryFailed(actor, programId, itemId);
            return redirect(programId, itemId);
        } catch (InvalidInputException e) {
            return refused(actor, programId, itemId, model, e);
        }
    }

    @PostMapping("/{itemId}/translations")
    String translate(@PathVariable long programId, @PathVariable long itemId, @RequestParam(required = false) String language,
                     @RequestParam(required = false) String subject, @RequestParam(required = false) String body,
                     @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            communications.saveTranslation(actor, programId, itemId, new Translation(language, subject, body), version);
            return redirect(programId, itemId);
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, itemId, model, e);
        }
    }

    private static String redirect(long programId, long itemId) {
        return "redirect:/programs/" + programId + "/communications/" + itemId;
    }

    private String refused(Actor actor, long programId, long itemId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        showModel(actor, programId, itemId, null, null, model);
        return SHOW;
    }
}
