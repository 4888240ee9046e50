package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.ADMINS;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.READERS_AND_HEADS;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.util.ArrayList;
import java.util.List;
import org.uptake.support.Fixtures;

/** Matrix rows of the organisation model: units and people, pages and API. */
final class OrgMatrixRows {

    private OrgMatrixRows() {
    }

    private static long unit(World w) {
        return w.fixtures().unit(w.admin(), "Matrix unit", null).id();
    }

    /** A person inside the unit head's subtree, or outside it. */
    private static long person(World w, boolean inHeadsSubtree) {
        return w.fixtures().person(w.admin(), "Matrix person", w.unit(inHeadsSubtree), null).id();
    }

    private static String unitForm() {
        return "code=MU" + Fixtures.next() + "&name=Matrix&unitType=department&version=0";
    }

    private static String personForm() {
        long n = Fixtures.next();
        return "fullName=Matrix+" + n + "&email=m" + n + "%40example.test&employeeNumber=M" + n + "&employmentStatus=ACTIVE&version=0";
    }

    private static String personJson() {
        long n = Fixtures.next();
        return "{\"fullName\":\"Matrix " + n + "\",\"email\":\"j" + n + "@example.test\",\"employmentStatus\":\"ACTIVE\",\"version\":0}";
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(units());
        rows.addAll(people());
        return rows;
    }

    static List<Endpoint> units() {
        return List.of(
                page(GET, "/units", EVERYONE, NONE, (w, own) -> "/units"),
                page(GET, "/units/list", EVERYONE, NONE, (w, own) -> "/units/list?q=a"),
                page(GET, "/units/picker", EVERYONE, NONE, (w, own) -> "/units/picker?q=a"),
                page(GET, "/units/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/units/" + unit(w)),
                page(GET, "/units/{id}/branch", EVERYONE, ORGANIZATION, (w, own) -> "/units/" + unit(w) + "/branch"),
                page(GET, "/units/new", ADMINS, NONE, (w, own) -> "/units/new"),
                page(POST, "/units", ADMINS, NONE, (w, own) -> "/units", (w, own) -> unitForm()),
                page(GET, "/units/{id}/edit", ADMINS, ORGANIZATION, (w, own) -> "/units/" + unit(w) + "/edit"),
                page(POST, "/units/{id}", ADMINS, ORGANIZATION, (w, own) -> "/units/" + unit(w), (w, own) -> unitForm()),
                page(GET, "/units/{id}/move", ADMINS, ORGANIZATION, (w, own) -> "/units/" + unit(w) + "/move"),
                page(POST, "/units/{id}/move", ADMINS, ORGANIZATION, (w, own) -> "/units/" + unit(w) + "/move",
                        (w, own) -> "parentId=" + w.unit(true) + "&version=0"),
                page(POST, "/units/{id}/delete", ADMINS, ORGANIZATION, (w, own) -> "/units/" + unit(w) + "/delete",
                        (w, own) -> "version=0"),
                api(GET, "/api/v1/units", EVERYONE, NONE, (w, own) -> "/api/v1/units?q=a", (w, own) -> null),
                api(GET, "/api/v1/units/tree", EVERYONE, NONE, (w, own) -> "/api/v1/units/tree", (w, own) -> null),
                api(GET, "/api/v1/units/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1/units/" + unit(w), (w, own) -> null),
                api(POST, "/api/v1/units", ADMINS, NONE, (w, own) -> "/api/v1/units",
                        (w, own) -> "{\"code\":\"AU" + Fixtures.next() + "\",\"name\":\"Matrix\",\"unitType\":\"department\"}"),
                api(PUT, "/api/v1/units/{id}", ADMINS, ORGANIZATION, (w, own) -> "/api/v1/units/" + unit(w),
                        (w, own) -> "{\"code\":\"AU" + Fixtures.next() + "\",\"name\":\"Changed\",\"unitType\":\"team\",\"version\":0}"),
                api(POST, "/api/v1/units/{id}/move", ADMINS, ORGANIZATION, (w, own) -> "/api/v1/units/" + unit(w) + "/move",
                        (w, own) -> "{\"parentId\":" + w.unit(true) + ",\"version\":0}"),
                api(DELETE, "/api/v1/units/{id}", ADMINS, ORGANIZATION, (w, own) -> "/api/v1/units/" + unit(w) + "?version=0",
                        (w, own) -> null));
    }

    static List<Endpoint> people() {
        return List.of(
                page(GET, "/people", READERS_AND_HEADS, NONE, (w, own) -> "/people?q=a"),
                page(GET, "/people/picker", READERS_AND_HEADS, NONE, (w, own) -> "/people/picker?q=a"),
                page(GET, "/people/{id}", READERS_AND_HEADS, UNIT, (w, own) -> "/people/" + person(w, own)),
                page(GET, "/people/new", ADMINS, NONE, (w, own) -> "/people/new"),
                page(POST, "/people", ADMINS, NONE, (w, own) -> "/people", (w, own) -> personForm()),
                page(GET, "/people/{id}/edit", ADMINS, ORGANIZATION, (w, own) -> "/people/" + person(w, own) + "/edit"),
                page(POST, "/people/{id}", ADMINS, ORGANIZATION, (w, own) -> "/people/" + person(w, own),
                        (w, own) -> personForm()),
                api(GET, "/api/v1/people", READERS_AND_HEADS, NONE, (w, own) -> "/api/v1/people?q=a", (w, own) -> null),
                api(GET, "/api/v1/people/{id}", READERS_AND_HEADS, UNIT, (w, own) -> "/api/v1/people/" + person(w, own),
                        (w, own) -> null),
                api(POST, "/api/v1/people", ADMINS, NONE, (w, own) -> "/api/v1/people", (w, own) -> personJson()),
                api(PUT, "/api/v1/people/{id}", ADMINS, ORGANIZATION, (w, own) -> "/api/v1/people/" + person(w, own),
                        (w, own) -> personJson()));
    }
}
