package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.uptake.shared.Role;
import org.uptake.support.TrainingMatrixWorld;

/**
 * Matrix rows of training. The program is run by the COORDINATOR user; the session's trainer is the
 * UNIT_HEAD user's person (trainers run their own sessions: attendance, enrolment list, invitation
 * progress), and the EMPLOYEE user is enrolled in it (reads it and its course, gives feedback, sees their
 * own completion). The UNIT_HEAD's unit is in the program's wave, so they see its completion.
 */
final class TrainingMatrixRows {

    static final Set<Role> EDITORS = ProgramMatrixRows.EDITORS;
    static final Set<Role> READERS = ProgramMatrixRows.PROGRAM_READERS;
    static final Set<Role> TRAINER_AND_EDITORS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD);
    static final Set<Role> SESSION_READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER, Role.UNIT_HEAD, Role.EMPLOYEE);
    static final Set<Role> COURSE_READERS = SESSION_READERS;
    static final Set<Role> ENROLMENT_READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER, Role.UNIT_HEAD);
    static final Set<Role> READERS_AND_SELF = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER, Role.EMPLOYEE);

    private static final Map<World, TrainingMatrixWorld> WORLDS = new WeakHashMap<>();

    private TrainingMatrixRows() {
    }

    static synchronized TrainingMatrixWorld t(World w) {
        return WORLDS.computeIfAbsent(w, k -> new TrainingMatrixWorld(k.fixtures(), k.admin(), k.user(Role.COORDINATOR),
                k.unit(true), k.unit(false), k.user(Role.UNIT_HEAD).personId(), k.user(Role.EMPLOYEE).personId()));
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(courses());
        rows.addAll(sessions());
        rows.addAll(enrolments());
        rows.addAll(TrainingPageRows.all());
        return rows;
    }

    private static String courseJson(World w, boolean own) {
        return "{\"programId\":" + t(w).program() + ",\"title\":\"Matrix\",\"durationMinutes\":60,\"aspects\":[\"data entry\"]}";
    }

    static List<Endpoint> courses() {
        String base = "/api/v1/courses";
        return List.of(
                api(GET, base, READERS, ORGANIZATION, (w, own) -> base + "?programId=" + t(w).program(), (w, own) -> null),
                api(POST, base, EDITORS, ORGANIZATION, (w, own) -> base, TrainingMatrixRows::courseJson),
                api(GET, base + "/{id}", COURSE_READERS, ORGANIZATION, (w, own) -> base + "/" + t(w).course(), (w, own) -> null),
                api(PUT, base + "/{id}", EDITORS, ORGANIZATION, (w, own) -> base + "/" + t(w).freshCourse(),
                        TrainingMatrixRows::courseJson),
                api(DELETE, base + "/{id}", EDITORS, ORGANIZATION, (w, own) -> base + "/" + t(w).freshCourse() + "?version=0",
                        (w, own) -> null),
                api(GET, base + "/coverage", READERS, ORGANIZATION, (w, own) -> base + "/coverage?programId=" + t(w).program(),
                        (w, own) -> null),
                api(PUT, base + "/aspects", EDITORS, ORGANIZATION, (w, own) -> base + "/aspects?programId=" + t(w).program(),
                        (w, own) -> "{\"aspects\":[\"data entry\",\"report generation\"]}"),
                api(GET, base + "/{id}/materials", COURSE_READERS, ORGANIZATION, (w, own) -> base + "/" + t(w).course() + "/materials",
                        (w, own) -> null),
                api(POST, base + "/{id}/materials", EDITORS, ORGANIZATION, (w, own) -> base + "/" + t(w).course() + "/materials",
                        (w, own) -> "file:guide.txt\nStep 1"),
                api(POST, base + "/{id}/pages", EDITORS, ORGANIZATION, (w, own) -> base + "/" + t(w).course() + "/pages",
                        (w, own) -> "{\"title\":\"Instruction\",\"body\":\"Do this\"}"),
                api(GET, base + "/materials/{materialId}/content", COURSE_READERS, ORGANIZATION,
                        (w, own) -> base + "/materials/" + t(w).material() + "/content", (w, own) -> null),
                api(POST, base + "/{courseId}/reminders", EDITORS, ORGANIZATION,
                        (w, own) -> base + "/" + t(w).course() + "/reminders", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/training/completion", READERS_AND_HEAD(), ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + t(w).program() + "/training/completion", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/training/completion/people/{personId}", READERS_AND_SELF, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + t(w).program() + "/training/completion/people/" + t(w).employeePerson(),
                        (w, own) -> null));
    }

    private static Set<Role> READERS_AND_HEAD() {
        return EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER, Role.UNIT_HEAD);
    }

    private static String sessionJson(long course, String start) {
        return "{\"courseId\":" + course + ",\"format\":\"SEMINAR\",\"start\":\"" + start + "T09:00:00\",\"end\":\"" + start
                + "T10:00:00\",\"timeZone\":\"UTC\",\"capacity\":10,\"version\":0}";
    }

    static List<Endpoint> sessions() {
        String base = "/api/v1/sessions";
        return List.of(
                api(GET, base, READERS, ORGANIZATION, (w, own) -> base + "?programId=" + t(w).program(), (w, own) -> null),
                api(GET, base + "/mine", EVERYONE, NONE, (w, own) -> base + "/mine", (w, own) -> null),
                api(POST, base, EDITORS, ORGANIZATION, (w, own) -> base, (w, own) -> sessionJson(t(w).freshCourse(), "2031-02-03")),
                api(GET, base + "/{id}", SESSION_READERS, ORGANIZATION, (w, own) -> base + "/" + t(w).session(), (w, own) -> null),
                api(PUT, base + "/{id}", EDITORS, ORGANIZATION, (w, own) -> base + "/" + t(w).freshSession(),
                        (w, own) -> sessionJson(t(w).lastFreshCourse(), "2031-03-03")),
                api(POST, base + "/{id}/cancel", EDITORS, ORGANIZATION, (w, own) -> base + "/" + t(w).freshSession() + "/cancel?version=0",
                        (w, own) -> null),
                api(DELETE, base + "/{id}", EDITORS, ORGANIZATION, (w, own) -> base + "/" + t(w).freshSession() + "?version=0",
                        (w, own) -> null),
                api(POST, base + "/{sessionId}/invitations", EDITORS, ORGANIZATION,
                        (w, own) -> base + "/" + t(w).freshSessionWithEmployee() + "/invitations", (w, own) -> null),
                api(GET, base + "/{sessionId}/invitations", TRAINER_AND_EDITORS, ORGANIZATION,
                        (w, own) -> base + "/" + t(w).session() + "/invitations", (w, own) -> null),
                api(POST, base + "/feed", EVERYONE, NONE, (w, own) -> base + "/feed", (w, own) -> null),
                api(DELETE, base + "/feed", EVERYONE, NONE, (w, own) -> base + "/feed", (w, own) -> null),
                new Endpoint(GET, "/training/calendar/{secret}.ics", Endpoint.Kind.PUBLIC, EVERYONE, NONE,
                        (w, own) -> feedPath(w), (w, own) -> null));
    }

    /** A live feed address of the acting user (calendar apps fetch it without signing in). */
    private static String feedPath(World w) {
        String url = w.fixtures().bean(org.uptake.training.invitation.CalendarFeedService.class).renew(w.acting());
        return url.substring(url.indexOf("/training/calendar/"));
    }

    static List<Endpoint> enrolments() {
        String base = "/api/v1/sessions/{sessionId}";
        String sessions = "/api/v1/sessions/";
        return List.of(
                api(GET, base + "/enrolments", ENROLMENT_READERS, ORGANIZATION, (w, own) -> sessions + t(w).session() + "/enrolments",
                        (w, own) -> null),
                api(POST, base + "/enrolments", EDITORS, ORGANIZATION, (w, own) -> sessions + t(w).freshSession() + "/enrolments",
                        (w, own) -> "{\"personIds\":[" + t(w).employeePerson() + "]}"),
                api(DELETE, base + "/enrolments/{personId}", EDITORS, ORGANIZATION,
                        (w, own) -> sessions + t(w).freshSessionWithEmployee() + "/enrolments/" + t(w).employeePerson(), (w, own) -> null),
                api(PUT, base + "/attendance", TRAINER_AND_EDITORS, ORGANIZATION, (w, own) -> sessions + t(w).session() + "/attendance",
                        (w, own) -> "{\"marks\":[{\"personId\":" + t(w).employeePerson() + ",\"attendance\":\"ATTENDED\",\"score\":80}]}"),
                api(POST, base + "/feedback", EnumSet.of(Role.EMPLOYEE), ORGANIZATION,
                        (w, own) -> sessions + t(w).session() + "/feedback", (w, own) -> "{\"rating\":4,\"comment\":\"Good\"}"));
    }
}
