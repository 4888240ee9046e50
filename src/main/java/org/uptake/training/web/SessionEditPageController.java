package org.uptake.training.web;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.training.session.SessionForm;
import org.uptake.training.session.SessionFormat;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/**
 * Changing a planned session's time, place, trainer or capacity. The service re-checks clashes and
 * capacity; invitees are re-invited with a raised SEQUENCE when what they see changed.
 */
@Controller
@RequestMapping("/training/sessions/{sessionId}/edit")
class SessionEditPageController {

    private final SessionService sessions;

    SessionEditPageController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    String edit(@PathVariable long sessionId, Model model) {
        TrainingSession s = sessions.requireEditor(CurrentActor.get(), sessionId);
        model.addAttribute("s", s);
        model.addAttribute("form", new SessionForm(s.courseId(), s.format(), s.localStart().toLocalDateTime(),
                s.localEnd().toLocalDateTime(), s.timeZone(), s.place(), s.room(), s.link(), s.trainerPersonId(),
                s.capacity(), s.version()));
        model.addAttribute("formats", SessionFormat.values());
        return "training/session-edit";
    }

    @PostMapping
    String save(@PathVariable long sessionId, @RequestParam(required = false) SessionFormat format,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
                @RequestParam(required = false) String timeZone, @RequestParam(required = false) String place,
                @RequestParam(required = false) String room, @RequestParam(required = false) String link,
                @RequestParam(required = false) Long trainerPersonId, @RequestParam(required = false) Integer capacity,
                @RequestParam(required = false) Integer version, Model model) {
        Actor actor = CurrentActor.get();
        TrainingSession s = sessions.requireEditor(actor, sessionId);
        SessionForm form = new SessionForm(s.courseId(), format, start, end, timeZone, place, room, link, trainerPersonId,
                capacity, version == null ? -1 : version);
        try {
            sessions.update(actor, sessionId, Forms.session(form));
            return "redirect:/training/sessions/" + sessionId;
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                    : List.of(Violation.of(null, "error.stale")));
            model.addAttribute("s", s);
            model.addAttribute("form", form);
            model.addAttribute("formats", SessionFormat.values());
            return "training/session-edit";
        }
    }
}
