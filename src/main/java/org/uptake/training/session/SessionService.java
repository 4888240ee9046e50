package org.uptake.training.session;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.Slice;
import org.uptake.training.course.Course;
import org.uptake.training.course.CourseService;

/**
 * Plans sessions. Refuses a trainer or a room booked twice at once and local times that do not exist
 * or happen twice on a daylight-saving change; changes raise the iCal sequence and tell the invitees.
 * A session with enrolments is cancelled, not deleted.
 */
@Service
public class SessionService {

    public static final String ENTITY = "trainingSession";

    private final ProgramService programs;
    private final CourseService courses;
    private final SessionRepository sessions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SessionService(ProgramService programs, CourseService courses, SessionRepository sessions, AuditLog audit,
                   ApplicationEventPublisher events) {
        this.programs = programs;
        this.courses = courses;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
    }

    /** Program readers, the session's trainer and its enrolled people may read it. */
    public TrainingSession get(Actor actor, long id) {
        TrainingSession s = find(actor.organizationId(), id);
        if (!mayRead(actor, s)) {
            throw new ForbiddenException("read training session");
        }
        return s;
    }

    public TrainingSession find(long org, long id) {
        return sessions.find(org, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public boolean mayRead(Actor actor, TrainingSession s) {
        return isTrainer(actor, s) || programs.access(actor, s.programId()).reads()
                || actor.personId() != null && sessions.isEnrolled(actor.organizationId(), s.id(), actor.personId());
    }

    public boolean isTrainer(Actor actor, TrainingSession s) {
        return actor.personId() != null && Objects.equals(actor.personId(), s.trainerPersonId());
    }

    /** Program editors, or the session's own trainer: who marks attendance and sees its list. */
    public TrainingSession requireTrainerOrEditor(Actor actor, long id) {
        TrainingSession s = find(actor.organizationId(), id);
        if (!isTrainer(actor, s) && !programs.access(actor, s.programId()).edits()) {
            throw new ForbiddenException("run training session");
        }
        return s;
    }

    public TrainingSession requireEditor(Actor actor, long id) {
        TrainingSession s = find(actor.organizationId(), id);
        programs.requireEditor(actor, s.programId());
        return s;
    }

    public Slice<TrainingSession> list(Actor actor, long programId, String after, int size) {
        programs.requireReader(actor, programId);
        Cursor cursor = Cursor.decode(after);
        Instant afterStart = cursor == null ? null : Instant.parse(cursor.key());
        List<TrainingSession> rows = sessions.page(actor.organizationId(), programId, afterStart,
                cursor == null ? null : cursor.id(), size + 1);
        return Slice.of(rows, size, s -> new Cursor(s.startsAt().toString(), s.id()));
    }

    /** The actor's own sessions (as trainee or trainer) of the last 60 days and to come, so recent ones can get feedback. */
    public List<TrainingSession> mine(Actor actor, int limit) {
        if (actor.personId() == null) {
            return List.of();
        }
        return sessions.ofPerson(actor.organizationId(), actor.personId(), Instant.now().minusSeconds(60L * 86400), limit);
    }

    public List<TrainingSession> ofPersonUnchecked(long org, long personId, Instant from, int limit) {
        return sessions.ofPerson(org, personId, from, limit);
    }

    @Transactional
    public TrainingSession create(Actor actor, SessionForm form) {
        Course course = courses.find(actor.organizationId(), form.courseId());
        programs.requireEditor(actor, course.programId());
        Instant[] when = interval(form);
        checkFree(actor.organizationId(), form, when, 0);
        long id = sessions.insert(actor.organizationId(), course.programId(), form, when[0], when[1]);
        TrainingSession created = find(actor.organizationId(), id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public TrainingSession update(Actor actor, long id, SessionForm form) {
        TrainingSession before = requireEditor(actor, id);
        if (before.cancelled()) {
            throw new InvalidInputException(null, "training.error.sessionCancelled");
        }
        if (form.courseId() != before.courseId()) {
            throw new InvalidInputException("courseId", "training.error.courseFixed");
        }
        Instant[] when = interval(form);
        checkFree(actor.organizationId(), form, when, id);
        if (form.capacity() != null && form.capacity() < before.enrolled()) {
            throw new InvalidInputException("capacity", "training.error.capacityBelowEnrolled", before.enrolled());
        }
        boolean visible = !when[0].equals(before.startsAt()) || !when[1].equals(before.endsAt())
                || !Objects.equals(trim(form.place()), before.place()) || !Objects.equals(trim(form.room()), before.room())
                || !Objects.equals(trim(form.link()), before.link()) || !form.timeZone().equals(before.timeZone());
        if (sessions.update(actor.organizationId(), id, form, when[0], when[1], visible) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        TrainingSession after = find(actor.organizationId(), id);
        audit.updated(actor, ENTITY, id, before, after);
        events.publishEvent(new SessionChanged(actor.organizationId(), id, false, actor.displayName()));
        return after;
    }

    @Transactional
    public TrainingSession cancel(Actor actor, long id, int version) {
        TrainingSession before = requireEditor(actor, id);
        if (sessions.cancel(actor.organizationId(), id, version) == 0) {
            throw before.cancelled() ? new InvalidInputException(null, "training.error.sessionCancelled")
                    : new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, id, "cancelled", java.util.Map.of());
        events.publishEvent(new SessionChanged(actor.organizationId(), id, true, actor.displayName()));
        return find(actor.organizationId(), id);
    }

    /** Only a session nobody is enrolled in may disappear; otherwise it is cancelled so the invitees hear of it. */
    @Transactional
    public void delete(Actor actor, long id, int version) {
        TrainingSession before = requireEditor(actor, id);
        if (sessions.hasEnrolments(actor.organizationId(), id)) {
            throw new InvalidInputException(null, "training.error.sessionHasAttendees");
        }
        if (sessions.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    private void checkFree(long org, SessionForm form, Instant[] when, long exceptId) {
        if (form.trainerPersonId() != null) {
            if (!sessions.lockPerson(org, form.trainerPersonId())) {
                throw new InvalidInputException("trainerPersonId", "training.error.unknownPerson");
            }
            sessions.clash(org, "trainer", form.trainerPersonId(), when[0], when[1], exceptId).ifPresent(other -> {
                throw new InvalidInputException("trainerPersonId", "training.error.trainerBusy", other);
            });
        }
        if (form.room() != null && !form.room().isBlank()) {
            sessions.clash(org, "room", form.room().strip(), when[0], when[1], exceptId).ifPresent(other -> {
                throw new InvalidInputException("room", "training.error.roomBusy", other);
            });
        }
    }

    /** Local start and end in the session's zone as instants; a time skipped or repeated by a clock change is refused. */
    static Instant[] interval(SessionForm form) {
        ZoneId zone;
        try {
            zone = ZoneId.of(form.timeZone().strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "training.error.timeZone");
        }
        Instant start = instant(form.start(), zone, "start");
        Instant end = instant(form.end(), zone, "end");
        if (!end.isAfter(start)) {
            throw new InvalidInputException("end", "training.error.endBeforeStart");
        }
        if (end.getEpochSecond() - start.getEpochSecond() > 31L * 86400) {
            throw new InvalidInputException("end", "training.error.tooLong");
        }
        return new Instant[]{start, end};
    }

    private static Instant instant(LocalDateTime local, ZoneId zone, String field) {
        ZoneOffsetTransition t = zone.getRules().getTransition(local);
        if (t != null) {
            throw new InvalidInputException(field, t.isGap() ? "training.error.timeSkipped" : "training.error.timeRepeated",
                    local.toString().replace('T', ' '), zone.getId());
        }
        return local.atZone(zone).toInstant();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The program's access as the session's pages need it. */
    public ProgramAccess access(Actor actor, long programId) {
        return programs.access(actor, programId);
    }
}
