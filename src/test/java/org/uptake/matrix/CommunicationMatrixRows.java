package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.ProgramMatrixRows.EDITORS;
import static org.uptake.matrix.ProgramMatrixRows.PROGRAM_READERS;

import java.time.LocalDate;
import java.util.List;
import org.uptake.shared.Role;
import org.uptake.support.EngagementFixtures;

/** Matrix rows of the communication plan: the program's readers read it, its editors change and send it. */
final class CommunicationMatrixRows {

    private CommunicationMatrixRows() {
    }

    private static long program(World w) {
        return ProgramMatrixRows.p(w).program();
    }

    /** A fresh e-mail item planned far ahead, so that nothing sends it unless the request does. */
    private static long item(World w) {
        return new EngagementFixtures(w.fixtures()).plan(w.user(Role.COORDINATOR), program(w),
                EngagementFixtures.email("Matrix item", LocalDate.of(2031, 1, 6), List.of(w.unit(true)), List.of())).id();
    }

    private static String pages(World w) {
        return "/programs/" + program(w) + "/communications";
    }

    private static String apiOf(World w) {
        return "/api/v1/programs/" + program(w) + "/communications";
    }

    private static String form(World w) {
        return "title=Matrix&messageType=PROGRESS&channel=MEETING&plannedOn=2031-01-06&unitIds=" + w.unit(true) + "&version=0";
    }

    private static String json(World w) {
        return "{\"title\":\"M\",\"messageType\":\"PROGRESS\",\"channel\":\"MEETING\",\"plannedOn\":\"2031-01-06\",\"unitIds\":["
                + w.unit(true) + "],\"version\":0}";
    }

    static List<Endpoint> all() {
        return List.of(
                page(GET, "/programs/{programId}/communications", PROGRAM_READERS, ORGANIZATION, (w, own) -> pages(w) + "?month=2031-01"),
                page(POST, "/programs/{programId}/communications", EDITORS, ORGANIZATION, (w, own) -> pages(w), (w, own) -> form(w)),
                page(GET, "/programs/{programId}/communications/{itemId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> pages(w) + "/" + item(w)),
                page(POST, "/programs/{programId}/communications/{itemId}", EDITORS, ORGANIZATION,
                        (w, own) -> pages(w) + "/" + item(w), (w, own) -> form(w)),
                page(POST, "/programs/{programId}/communications/{itemId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> pages(w) + "/" + item(w) + "/delete", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/communications/{itemId}/send", EDITORS, ORGANIZATION,
                        (w, own) -> pages(w) + "/" + item(w) + "/send", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/communications/{itemId}/retry", EDITORS, ORGANIZATION,
                        (w, own) -> pages(w) + "/" + item(w) + "/retry", (w, own) -> ""),
                page(POST, "/programs/{programId}/communications/{itemId}/translations", EDITORS, ORGANIZATION,
                        (w, own) -> pages(w) + "/" + item(w) + "/translations", (w, own) -> "language=ru&subject=S&body=B&version=0"),
                api(GET, "/api/v1/programs/{programId}/communications", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w),
                        (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/communications", EDITORS, ORGANIZATION, (w, own) -> apiOf(w), (w, own) -> json(w)),
                api(GET, "/api/v1/programs/{programId}/communications/{itemId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + item(w), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/communications/{itemId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + item(w), (w, own) -> json(w)),
                api(DELETE, "/api/v1/programs/{programId}/communications/{itemId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + item(w) + "?version=0", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/communications/{itemId}/send", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + item(w) + "/send?version=0", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/communications/{itemId}/progress", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + item(w) + "/progress", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/communications/{itemId}/log", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + item(w) + "/log", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/communications/{itemId}/retry", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + item(w) + "/retry", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/communications/{itemId}/translations", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + item(w) + "/translations", (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/communications/{itemId}/translations/{language}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + item(w) + "/translations/ru?version=0",
                        (w, own) -> "{\"subject\":\"S\",\"body\":\"B\"}"));
    }
}
