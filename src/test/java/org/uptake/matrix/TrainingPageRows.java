package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.TrainingMatrixRows.COURSE_READERS;
import static org.uptake.matrix.TrainingMatrixRows.EDITORS;
import static org.uptake.matrix.TrainingMatrixRows.READERS;
import static org.uptake.matrix.TrainingMatrixRows.SESSION_READERS;
import static org.uptake.matrix.TrainingMatrixRows.TRAINER_AND_EDITORS;
import static org.uptake.matrix.TrainingMatrixRows.t;

import java.util.EnumSet;
import java.util.List;
import org.uptake.shared.Role;

/** Matrix rows of the training pages (see {@link TrainingMatrixRows} for who is who). */
final class TrainingPageRows {

    private TrainingPageRows() {
    }

    static List<Endpoint> all() {
        String tab = "/programs/{programId}/training";
        String course = "/training/courses/{courseId}";
        String session = "/training/sessions/{sessionId}";
        return List.of(
                page(GET, tab, READERS, ORGANIZATION, (w, own) -> "/programs/" + t(w).program() + "/training"),
                page(POST, tab + "/aspects", EDITORS, ORGANIZATION, (w, own) -> "/programs/" + t(w).program() + "/training/aspects",
                        (w, own) -> "aspects=Data+entry%0AReport+generation"),
                page(POST, tab + "/courses", EDITORS, ORGANIZATION, (w, own) -> "/programs/" + t(w).program() + "/training/courses",
                        (w, own) -> "title=Matrix&durationMinutes=60&required=true"),
                page(POST, tab + "/sessions", EDITORS, ORGANIZATION, (w, own) -> "/programs/" + t(w).program() + "/training/sessions",
                        (w, own) -> "courseId=" + t(w).freshCourse() + "&format=SEMINAR&start=2031-04-01T09:00&end=2031-04-01T10:00&timeZone=UTC"),
                page(GET, course, COURSE_READERS, ORGANIZATION, (w, own) -> "/training/courses/" + t(w).course()),
                page(POST, course, EDITORS, ORGANIZATION, (w, own) -> "/training/courses/" + t(w).freshCourse(),
                        (w, own) -> "title=Changed&durationMinutes=60&required=true&version=0"),
                page(POST, course + "/pages", EDITORS, ORGANIZATION, (w, own) -> "/training/courses/" + t(w).course() + "/pages",
                        (w, own) -> "title=Instruction&body=Do+this"),
                page(POST, course + "/materials", EDITORS, ORGANIZATION, (w, own) -> "/training/courses/" + t(w).course() + "/materials",
                        (w, own) -> "file:guide.txt\nStep 1"),
                page(POST, course + "/reminders", EDITORS, ORGANIZATION, (w, own) -> "/training/courses/" + t(w).course() + "/reminders"),
                page(GET, session, SESSION_READERS, ORGANIZATION, (w, own) -> "/training/sessions/" + t(w).session()),
                page(GET, session + "/calendar.ics", SESSION_READERS, ORGANIZATION,
                        (w, own) -> "/training/sessions/" + t(w).session() + "/calendar.ics"),
                page(GET, session + "/edit", EDITORS, ORGANIZATION, (w, own) -> "/training/sessions/" + t(w).session() + "/edit"),
                page(POST, session + "/edit", EDITORS, ORGANIZATION, (w, own) -> "/training/sessions/" + t(w).freshSession() + "/edit",
                        (w, own) -> "format=SEMINAR&start=2031-05-01T09:00&end=2031-05-01T10:00&timeZone=UTC&version=0"),
                page(POST, session + "/enrol", EDITORS, ORGANIZATION, (w, own) -> "/training/sessions/" + t(w).freshSession() + "/enrol",
                        (w, own) -> "personIds=" + t(w).employeePerson()),
                page(POST, session + "/from-request", EDITORS, ORGANIZATION,
                        (w, own) -> "/training/sessions/" + t(w).freshSession() + "/from-request",
                        (w, own) -> "requestId=" + SessionMatrixRows.request(w, true) + "&version=0"),
                page(POST, session + "/invitations", EDITORS, ORGANIZATION,
                        (w, own) -> "/training/sessions/" + t(w).freshSessionWithEmployee() + "/invitations"),
                page(POST, session + "/attendance", TRAINER_AND_EDITORS, ORGANIZATION,
                        (w, own) -> "/training/sessions/" + t(w).session() + "/attendance",
                        (w, own) -> "personId=" + t(w).employeePerson() + "&attendance=ATTENDED&score=80"),
                page(POST, session + "/cancel", EDITORS, ORGANIZATION,
                        (w, own) -> "/training/sessions/" + t(w).freshSession() + "/cancel", (w, own) -> "version=0"),
                page(POST, session + "/feedback", EnumSet.of(Role.EMPLOYEE), ORGANIZATION,
                        (w, own) -> "/training/sessions/" + t(w).session() + "/feedback", (w, own) -> "rating=4&comment=Good"),
                page(GET, "/training/mine", EVERYONE, NONE, (w, own) -> "/training/mine"),
                page(POST, "/training/mine/feed", EVERYONE, NONE, (w, own) -> "/training/mine/feed"),
                page(POST, "/training/mine/feed/revoke", EVERYONE, NONE, (w, own) -> "/training/mine/feed/revoke"));
    }
}
