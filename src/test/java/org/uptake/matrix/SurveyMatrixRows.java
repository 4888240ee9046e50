package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.READERS_AND_HEADS;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.uptake.shared.Role;
import org.uptake.support.SurveyMatrixWorld;

/**
 * Matrix rows of surveys, in the rollout matrix program whose wave holds both units: the program's readers
 * list surveys, its editors change them; everyone invited (all but the admin, who belongs to no unit)
 * answers; results go to the program's readers and unit heads, named answers to editors and unit heads.
 */
final class SurveyMatrixRows {

    static final Set<Role> EDITORS = ProgramMatrixRows.EDITORS;
    static final Set<Role> READERS = ProgramMatrixRows.PROGRAM_READERS;
    static final Set<Role> INVITED = EnumSet.of(Role.COORDINATOR, Role.VIEWER, Role.EMPLOYEE, Role.UNIT_HEAD);
    static final Set<Role> NAMED_READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD);

    private static final Map<World, SurveyMatrixWorld> WORLDS = new WeakHashMap<>();

    private SurveyMatrixRows() {
    }

    static synchronized SurveyMatrixWorld s(World w) {
        return WORLDS.computeIfAbsent(w, k -> new SurveyMatrixWorld(k.fixtures(), k.admin(), k.user(Role.COORDINATOR),
                RolloutMatrixRows.r(k).program(), RolloutMatrixRows.r(k).wave()));
    }

    private static final String SURVEY_JSON = "{\"kind\":\"FEEDBACK\",\"title\":\"Matrix\",\"anonymous\":true}";
    private static final String UPDATE_JSON = "{\"title\":\"Matrix\",\"anonymous\":false,\"version\":0,"
            + "\"questions\":[{\"type\":\"SCALE\",\"text\":\"Ready?\"}]}";

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(apiRows());
        rows.addAll(pages());
        rows.addAll(roleChanges());
        return rows;
    }

    static List<Endpoint> apiRows() {
        String base = "/api/v1/surveys";
        return List.of(
                api(GET, base, READERS, ORGANIZATION, (w, own) -> base + "?programId=" + s(w).program(), (w, own) -> null),
                api(GET, base + "/templates", EVERYONE, NONE, (w, own) -> base + "/templates", (w, own) -> null),
                api(GET, base + "/mine", EVERYONE, NONE, (w, own) -> base + "/mine", (w, own) -> null),
                api(POST, base, EDITORS, ORGANIZATION, (w, own) -> base + "?programId=" + s(w).program(), (w, own) -> SURVEY_JSON),
                api(GET, base + "/{id}", EVERYONE, ORGANIZATION, (w, own) -> base + "/" + s(w).open(), (w, own) -> null),
                api(PUT, base + "/{id}", EDITORS, ORGANIZATION, (w, own) -> base + "/" + s(w).draft(), (w, own) -> UPDATE_JSON),
                api(PUT, base + "/{id}/audience", EDITORS, ORGANIZATION, (w, own) -> base + "/" + s(w).draft() + "/audience",
                        (w, own) -> "{\"unitIds\":[" + w.unit(true) + "],\"version\":1}"),
                api(POST, base + "/{id}/open", EDITORS, ORGANIZATION, (w, own) -> base + "/" + s(w).draft() + "/open?version=1",
                        (w, own) -> null),
                api(POST, base + "/{id}/close", EDITORS, ORGANIZATION, (w, own) -> base + "/" + s(w).opened() + "/close?version=2",
                        (w, own) -> null),
                api(POST, base + "/{id}/versions", EDITORS, ORGANIZATION,
                        (w, own) -> base + "/" + s(w).opened() + "/versions?version=2", (w, own) -> null),
                api(DELETE, base + "/{id}", EDITORS, ORGANIZATION, (w, own) -> base + "/" + s(w).draft() + "?version=1",
                        (w, own) -> null),
                api(POST, base + "/{id}/answers", INVITED, ORGANIZATION, (w, own) -> base + "/" + s(w).open() + "/answers",
                        (w, own) -> "{\"answers\":[]}"),
                api(GET, base + "/{id}/answers/mine", INVITED, ORGANIZATION, (w, own) -> base + "/" + s(w).open() + "/answers/mine",
                        (w, own) -> null),
                api(GET, base + "/{id}/responses", NAMED_READERS, ORGANIZATION, (w, own) -> base + "/" + s(w).open() + "/responses",
                        (w, own) -> null),
                api(GET, base + "/{id}/results", READERS_AND_HEADS, ORGANIZATION,
                        (w, own) -> base + "/" + s(w).open() + "/results", (w, own) -> null));
    }

    static List<Endpoint> pages() {
        return List.of(
                page(GET, "/programs/{programId}/surveys", READERS, ORGANIZATION, (w, own) -> "/programs/" + s(w).program() + "/surveys"),
                page(POST, "/programs/{programId}/surveys", EDITORS, ORGANIZATION, (w, own) -> "/programs/" + s(w).program() + "/surveys",
                        (w, own) -> "kind=FEEDBACK&title=Matrix&anonymous=true"),
                page(GET, "/surveys", EVERYONE, NONE, (w, own) -> "/surveys"),
                page(GET, "/surveys/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/surveys/" + s(w).open()),
                page(GET, "/surveys/{id}/edit", EDITORS, ORGANIZATION, (w, own) -> "/surveys/" + s(w).draft() + "/edit"),
                page(POST, "/surveys/{id}", EDITORS, ORGANIZATION, (w, own) -> "/surveys/" + s(w).draft(),
                        (w, own) -> "kind=READINESS&title=Matrix&version=1&questions[0].type=SCALE&questions[0].text=Ready"),
                page(POST, "/surveys/{id}/audience", EDITORS, ORGANIZATION, (w, own) -> "/surveys/" + s(w).draft() + "/audience",
                        (w, own) -> "unitIds=" + w.unit(true) + "&version=1"),
                page(POST, "/surveys/{id}/open", EDITORS, ORGANIZATION, (w, own) -> "/surveys/" + s(w).draft() + "/open",
                        (w, own) -> "version=1"),
                page(POST, "/surveys/{id}/close", EDITORS, ORGANIZATION, (w, own) -> "/surveys/" + s(w).opened() + "/close",
                        (w, own) -> "version=2"),
                page(POST, "/surveys/{id}/versions", EDITORS, ORGANIZATION, (w, own) -> "/surveys/" + s(w).opened() + "/versions",
                        (w, own) -> "version=2"),
                page(POST, "/surveys/{id}/delete", EDITORS, ORGANIZATION, (w, own) -> "/surveys/" + s(w).draft() + "/delete",
                        (w, own) -> "version=1"),
                page(GET, "/surveys/{id}/answer", EVERYONE, ORGANIZATION, (w, own) -> "/surveys/" + s(w).open() + "/answer"),
                page(POST, "/surveys/{id}/answer", INVITED, ORGANIZATION, (w, own) -> "/surveys/" + s(w).open() + "/answer",
                        (w, own) -> "q0=3"),
                page(GET, "/surveys/{id}/results", READERS_AND_HEADS, ORGANIZATION, (w, own) -> "/surveys/" + s(w).open() + "/results"));
    }

    static List<Endpoint> roleChanges() {
        String p = "/programs/{programId}/role-changes";
        String a = "/api/v1/programs/{programId}/role-changes";
        return List.of(
                page(GET, p, READERS, ORGANIZATION, (w, own) -> "/programs/" + s(w).program() + "/role-changes"),
                page(POST, p, EDITORS, ORGANIZATION, (w, own) -> "/programs/" + s(w).program() + "/role-changes",
                        (w, own) -> "positionId=" + s(w).roleChange()[0] + "&language=de&text=Matrix"),
                page(POST, p + "/{id}/publish", EDITORS, ORGANIZATION,
                        (w, own) -> "/programs/" + s(w).program() + "/role-changes/" + s(w).roleChange()[1] + "/publish",
                        (w, own) -> "version=0"),
                api(GET, a, READERS, ORGANIZATION, (w, own) -> "/api/v1/programs/" + s(w).program() + "/role-changes", (w, own) -> null),
                api(POST, a, EDITORS, ORGANIZATION, (w, own) -> "/api/v1/programs/" + s(w).program() + "/role-changes",
                        (w, own) -> "{\"positionId\":" + s(w).roleChange()[0] + ",\"language\":\"de\",\"text\":\"Matrix\",\"version\":0}"),
                api(POST, a + "/{id}/publish", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + s(w).program() + "/role-changes/" + s(w).roleChange()[1] + "/publish?version=0",
                        (w, own) -> null),
                api(GET, a + "/{id}/versions", READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + s(w).program() + "/role-changes/" + s(w).roleChange()[1] + "/versions",
                        (w, own) -> null),
                api(GET, "/api/v1/role-changes/mine", EVERYONE, NONE, (w, own) -> "/api/v1/role-changes/mine", (w, own) -> null));
    }
}
