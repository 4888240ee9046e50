package org.uptake.training.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.Slice;
import org.uptake.training.session.SessionChanged;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/**
 * Enrolment in bulk, set-based: never over capacity (the rest go to the waitlist, promoted in order as
 * seats free up), never a person of another organisation. The session's trainer or a program editor
 * marks attendance and scores in bulk; participants give feedback on their own enrolment.
 */
@Service
public class EnrolmentService {

    static final String ENTITY = SessionService.ENTITY;

    private final SessionService sessions;
    private final WaveService waves;
    private final EnrolmentRepository enrolments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    EnrolmentService(SessionService sessions, WaveService waves, EnrolmentRepository enrolments, AuditLog audit,
                     ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.waves = waves;
        this.enrolments = enrolments;
        this.audit = audit;
        this.events = events;
    }

    public Slice<Enrolment> list(Actor actor, long sessionId, String after, int size) {
        TrainingSession s = sessions.find(actor.organizationId(), sessionId);
        if (!sessions.isTrainer(actor, s) && !sessions.access(actor, s.programId()).reads()) {
            throw new ForbiddenException("read enrolments");
        }
        Cursor cursor = Cursor.decode(after);
        List<Enrolment> rows = enrolments.page(actor.organizationId(), sessionId, cursor == null ? null : cursor.key(),
                cursor == null ? null : cursor.id(), size + 1);
        return Slice.of(rows, size, e -> new Cursor(e.personName().toLowerCase(java.util.Locale.ROOT), e.id()));
    }

    @Transactional
    public EnrolmentResult enrol(Actor actor, long sessionId, Selection selection) {
        TrainingSession s = sessions.requireEditor(actor, sessionId);
        if (s.cancelled()) {
            throw new InvalidInputException(null, "training.error.sessionCancelled");
        }
        if (selection.empty()) {
            throw new InvalidInputException("personIds", "training.error.emptySelection");
        }
        EnrolmentRepository.Query query = query(actor, s, selection);
        long org = actor.organizationId();
        enrolments.lockSession(org, sessionId);
        Integer free = s.capacity() == null ? null : Math.max(0, s.capacity() - enrolments.enrolledCount(sessionId));
        Map<String, Integer> counts = enrolments.enrol(org, sessionId, query, free);
        var result = new EnrolmentResult(counts.get("ENROLLED"), counts.get("WAITLISTED"),
                Math.max(0, selection.persons().size() - counts.get("ENROLLED") - counts.get("WAITLISTED")));
        audit.action(actor, ENTITY, sessionId, "enrolled", Map.of("enrolled", result.enrolled(),
                "waitlisted", result.waitlisted(), "selection", selection.toString()));
        return result;
    }

    private EnrolmentRepository.Query query(Actor actor, TrainingSession s, Selection selection) {
        long org = actor.organizationId();
        if (!selection.persons().isEmpty() && enrolments.countPeople(org, selection.persons()) != selection.persons().size()) {
            throw new InvalidInputException("personIds", "training.error.unknownPerson");
        }
        List<String> units = enrolments.unitPatterns(org, selection.units());
        if (units.size() != selection.units().size()) {
            throw new InvalidInputException("unitIds", "training.error.unknownUnit");
        }
        if (enrolments.countPositions(org, selection.positions()) != selection.positions().size()) {
            throw new InvalidInputException("positionIds", "training.error.unknownPosition");
        }
        List<String> waveUnits = List.of();
        if (selection.waveId() != null) {
            List<Long> ids = waves.units(actor, s.programId(), selection.waveId()).stream().map(WaveUnit::unitId).toList();
            if (ids.isEmpty()) {
                throw new InvalidInputException("waveId", "training.error.emptyWave");
            }
            waveUnits = enrolments.unitPatterns(org, ids);
        }
        return new EnrolmentRepository.Query(selection.persons(), selection.filtered(), selection.positions(), units, waveUnits);
    }

    /** Takes the person out; a seat they held goes to the longest-waiting person. */
    @Transactional
    public void remove(Actor actor, long sessionId, long personId) {
        TrainingSession s = sessions.requireEditor(actor, sessionId);
        enrolments.lockSession(actor.organizationId(), sessionId);
        Enrolment before = enrolments.find(actor.organizationId(), sessionId, personId)
                .orElseThrow(() -> new NotFoundException("trainingEnrolment", personId));
        if (before.attendance() != null) {
            throw new InvalidInputException(null, "training.error.attendanceMarked");
        }
        enrolments.remove(actor.organizationId(), sessionId, personId);
        List<Long> promoted = fillSeats(s);
        audit.action(actor, ENTITY, sessionId, "unenrolled", Map.of("person", before.personName(), "promoted", promoted));
        events.publishEvent(new Unenrolled(actor.organizationId(), sessionId, personId, actor.displayName()));
        announce(actor.organizationId(), sessionId, promoted, actor.displayName());
    }

    /** A raised capacity gives the waitlist its seats. */
    @EventListener
    public void on(SessionChanged e) {
        if (!e.cancelled()) {
            announce(e.organizationId(), e.sessionId(), fillSeats(sessions.find(e.organizationId(), e.sessionId())), e.byName());
        }
    }

    private void announce(long org, long sessionId, List<Long> promoted, String byName) {
        if (!promoted.isEmpty()) {
            events.publishEvent(new SeatsFilled(org, sessionId, promoted, byName));
        }
    }

    private List<Long> fillSeats(TrainingSession s) {
        if (s.capacity() == null) {
            return enrolments.promote(s.id(), Integer.MAX_VALUE);
        }
        return enrolments.promote(s.id(), s.capacity() - enrolments.enrolledCount(s.id()));
    }

    /** Marks attendance and scores of many people at once; all of them must hold a seat in the session. */
    @Transactional
    public int markAttendance(Actor actor, long sessionId, List<AttendanceMark> marks) {
        TrainingSession s = sessions.requireTrainerOrEditor(actor, sessionId);
        if (s.cancelled()) {
            throw new InvalidInputException(null, "training.error.sessionCancelled");
        }
        if (marks.isEmpty()) {
            throw new InvalidInputException("marks", "training.error.emptySelection");
        }
        List<Long> people = marks.stream().map(AttendanceMark::personId).distinct().toList();
        if (people.size() != marks.size()) {
            throw new InvalidInputException("marks", "training.error.personTwice");
        }
        if (marks.stream().anyMatch(m -> m.score() != null && m.attendance() != Attendance.ATTENDED)) {
            throw new InvalidInputException("marks", "training.error.scoreWithoutAttendance");
        }
        List<Long> outside = enrolments.notEnrolled(sessionId, people);
        if (!outside.isEmpty()) {
            throw new InvalidInputException("marks", "training.error.notEnrolled", outside.size());
        }
        int changed = enrolments.mark(sessionId, marks);
        audit.action(actor, ENTITY, sessionId, "attendance", Map.of("marked", changed));
        events.publishEvent(new AttendanceMarked(actor.organizationId(), s.programId(), sessionId, s.courseId(), people));
        return changed;
    }

    /** The participant's own feedback, once the session has begun. */
    @Transactional
    public Enrolment feedback(Actor actor, long sessionId, FeedbackForm form) {
        TrainingSession s = sessions.find(actor.organizationId(), sessionId);
        Enrolment mine = actor.personId() == null ? null
                : enrolments.find(actor.organizationId(), sessionId, actor.personId()).orElse(null);
        if (mine == null) {
            throw new ForbiddenException("give feedback on a session one is not enrolled in");
        }
        if (s.startsAt().isAfter(Instant.now())) {
            throw new InvalidInputException(null, "training.error.feedbackTooEarly");
        }
        enrolments.feedback(actor.organizationId(), sessionId, actor.personId(), form);
        audit.action(actor, ENTITY, sessionId, "feedback", Map.of("rating", form.rating()));
        return enrolments.find(actor.organizationId(), sessionId, actor.personId()).orElseThrow();
    }

    public Enrolment mine(Actor actor, long sessionId) {
        if (actor.personId() == null) {
            throw new NotFoundException("trainingEnrolment", sessionId);
        }
        return enrolments.find(actor.organizationId(), sessionId, actor.personId())
                .orElseThrow(() -> new NotFoundException("trainingEnrolment", sessionId));
    }
}
