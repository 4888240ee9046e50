package org.uptake.training.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.org.position.PositionService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.training.enrolment.Attendance;
import org.uptake.training.enrolment.AttendanceMark;
import org.uptake.training.enrolment.EnrolmentResult;
import org.uptake.training.enrolment.EnrolmentService;
import org.uptake.training.enrolment.RequestIntakeService;
import org.uptake.training.enrolment.Selection;
import org.uptake.training.invitation.InvitationService;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/**
 * A session's page: when and where, enrolment in bulk (wave, units, positions, a person), invitations and
 * their progress, attendance and scores marked in one form, cancellation and history.
 */
@Controller
@RequestMapping("/training/sessions/{sessionId}")
class SessionPageController {

    private final SessionService sessions;
    private final EnrolmentService enrolments;
    private final InvitationService invitations;
    private final WaveService waves;
    private final PositionService positions;
    private final RequestIntakeService intake;
    private final AuditLog audit;

    SessionPageController(SessionService sessions, EnrolmentService enrolments, InvitationService invitations, WaveService waves,
                          PositionService positions, RequestIntakeService intake, AuditLog audit) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.invitations = invitations;
        this.waves = waves;
        this.positions = positions;
        this.intake = intake;
        this.audit = audit;
    }

    @GetMapping
    String show(@PathVariable long sessionId, @RequestParam(required = false) String after, Model model) {
        model(CurrentActor.get(), sessionId, after, model);
        return "training/session";
    }

    private void model(Actor actor, long sessionId, String after, Model model) {
        TrainingSession s = sessions.get(actor, sessionId);
        var access = sessions.access(actor, s.programId());
        boolean runs = access.edits() || sessions.isTrainer(actor, s);
        model.addAttribute("s", s);
        model.addAttribute("edits", access.edits());
        model.addAttribute("runs", runs);
        if (runs || access.reads()) {
            model.addAttribute("enrolments", enrolments.list(actor, sessionId, after, 100));
        }
        if (runs) {
            model.addAttribute("runList", invitations.runs(actor, sessionId));
            model.addAttribute("invalid", invitations.invalid(actor, sessionId));
        }
        if (access.edits()) {
            model.addAttribute("waves", waves.list(actor, s.programId()));
            model.addAttribute("positions", positions.all(actor));
            model.addAttribute("requests", intake.open(actor));
        }
        model.addAttribute("attendanceValues", Attendance.values());
        model.addAttribute("history", audit.history(actor.organizationId(), SessionService.ENTITY, sessionId, 50));
    }

    @PostMapping("/enrol")
    String enrol(@PathVariable long sessionId, @RequestParam(required = false) List<Long> personIds,
                 @RequestParam(required = false) List<Long> unitIds, @RequestParam(required = false) List<Long> positionIds,
                 @RequestParam(required = false) Long waveId, Model model) {
        Actor actor = CurrentActor.get();
        try {
            EnrolmentResult result = enrolments.enrol(actor, sessionId, Forms.check(new Selection(Lists.ids(personIds),
                    Lists.ids(unitIds), Lists.ids(positionIds), waveId)));
            model.addAttribute("enrolled", result);
            model(actor, sessionId, null, model);
            return "training/session";
        } catch (InvalidInputException e) {
            return refused(actor, sessionId, model, e);
        }
    }

    /** Enrols everyone who still has the gap a unit asked a session for, and closes the request. */
    @PostMapping("/from-request")
    String fromRequest(@PathVariable long sessionId, @RequestParam(required = false) Long requestId,
                       @RequestParam(required = false) Integer version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            if (requestId == null || version == null) {
                throw new InvalidInputException("requestId", "training.error.emptySelection");
            }
            model.addAttribute("enrolled", intake.schedule(actor, sessionId, requestId, version));
            model(actor, sessionId, null, model);
            return "training/session";
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, sessionId, model, e);
        }
    }

    @PostMapping("/invitations")
    String invite(@PathVariable long sessionId, Model model) {
        Actor actor = CurrentActor.get();
        try {
            invitations.send(actor, sessionId);
            return "redirect:/training/sessions/" + sessionId;
        } catch (InvalidInputException e) {
            return refused(actor, sessionId, model, e);
        }
    }

    /** One row per enrolled person: rows left on "—" are not marked; a score only counts with "attended". */
    @PostMapping("/attendance")
    String attendance(@PathVariable long sessionId, @RequestParam(required = false) List<Long> personId,
                      @RequestParam(required = false) List<String> attendance, @RequestParam(required = false) List<String> score,
                      Model model) {
        Actor actor = CurrentActor.get();
        try {
            enrolments.markAttendance(actor, sessionId, marks(personId, attendance, score));
            return "redirect:/training/sessions/" + sessionId;
        } catch (InvalidInputException e) {
            return refused(actor, sessionId, model, e);
        }
    }

    static List<AttendanceMark> marks(List<Long> people, List<String> attendance, List<String> scores) {
        List<AttendanceMark> marks = new ArrayList<>();
        int n = people == null ? 0 : people.size();
        if (attendance == null || attendance.size() != n || scores == null || scores.size() != n) {
            throw new InvalidInputException("marks", "training.error.emptySelection");
        }
        for (int i = 0; i < n; i++) {
            if (attendance.get(i) == null || attendance.get(i).isBlank()) {
                continue;
            }
            Integer score = score(scores.get(i));
            Attendance a;
            try {
                a = Attendance.valueOf(attendance.get(i));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("attendance", "training.error.field", "attendance", attendance.get(i));
            }
            marks.add(Forms.check(new AttendanceMark(people.get(i), a, score)));
        }
        return marks;
    }

    private static Integer score(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("score", "training.error.field", "score", text);
        }
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable long sessionId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            sessions.cancel(actor, sessionId, version);
            return "redirect:/training/sessions/" + sessionId;
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, sessionId, model, e);
        }
    }

    private String refused(Actor actor, long sessionId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        model(actor, sessionId, null, model);
        return "training/session";
    }
}
