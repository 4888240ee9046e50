package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.BudgetMatrixRows.v;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.ProgramMatrixRows.EDITORS;
import static org.uptake.matrix.ProgramMatrixRows.PROGRAM_READERS;

import java.util.ArrayList;
import java.util.List;
import org.uptake.procurement.requirement.RequirementService;
import org.uptake.support.Fixtures;
import org.uptake.support.ProcurementFixtures;

/**
 * Matrix rows of a program's requirements document, systems and integrations: the program's editors
 * (coordinator, admins) write, its readers read, everyone else is refused, another organisation finds nothing.
 */
final class ProcurementMatrixRows {

    private ProcurementMatrixRows() {
    }

    private static ProcurementFixtures f(World w) {
        return new ProcurementFixtures(w.fixtures());
    }

    private static String tab(World w) {
        return "/programs/" + v(w).program() + "/procurement";
    }

    private static String rest(World w, String what) {
        return "/api/v1/programs/" + v(w).program() + "/" + what;
    }

    private static long requirement(World w) {
        return f(w).requirement(w.admin(), v(w).program()).id();
    }

    private static long system(World w) {
        return f(w).system(w.admin(), v(w).program()).id();
    }

    private static long integration(World w) {
        return f(w).integration(w.admin(), v(w).program()).id();
    }

    private static int documentVersion(World w) {
        return w.fixtures().bean(RequirementService.class).document(w.admin(), v(w).program()).version();
    }

    private static String person(World w) {
        return Long.toString(w.fixtures().person(w.admin(), "Matrix customer", null, null).id());
    }

    private static String requirementForm(World w) {
        return "role=Adviser&scenario=Records+an+order&stage=1&priority=MUST&customerPersonId=" + person(w) + "&version=0";
    }

    private static String requirementJson(World w) {
        return "{\"role\":\"Adviser\",\"scenario\":\"Records an order\",\"stage\":1,\"priority\":\"MUST\",\"customerPersonId\":"
                + person(w) + ",\"version\":0}";
    }

    private static final String SYSTEM_FORM = "name=Matrix+%d&decision=KEEP&version=0";
    private static final String SYSTEM_JSON = "{\"name\":\"Matrix %d\",\"decision\":\"REPLACE\",\"version\":0}";
    private static final String INTEGRATION_FORM = "systemName=Bank&direction=IN&method=FILE&status=ACTIVE&verifyEveryDays=7&version=0";
    private static final String INTEGRATION_JSON =
            "{\"systemName\":\"Bank\",\"direction\":\"IN\",\"method\":\"FILE\",\"status\":\"ACTIVE\",\"verifyEveryDays\":7,\"version\":0}";

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(pages());
        rows.addAll(apis());
        return rows;
    }

    static List<Endpoint> pages() {
        return List.of(
                page(GET, "/programs/{programId}/procurement", PROGRAM_READERS, ORGANIZATION, (w, own) -> tab(w)),
                page(GET, "/programs/{programId}/procurement/export", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> tab(w) + "/export?format=docx"),
                page(POST, "/programs/{programId}/procurement/document", EDITORS, ORGANIZATION, (w, own) -> tab(w) + "/document",
                        (w, own) -> "goals=One+system.&version=" + documentVersion(w)),
                page(POST, "/programs/{programId}/procurement/requirements", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/requirements", (w, own) -> requirementForm(w)),
                page(GET, "/programs/{programId}/procurement/requirements/{id}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> tab(w) + "/requirements/" + requirement(w)),
                page(POST, "/programs/{programId}/procurement/requirements/{id}", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/requirements/" + requirement(w), (w, own) -> requirementForm(w)),
                page(POST, "/programs/{programId}/procurement/requirements/{id}/processes", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/requirements/" + requirement(w) + "/processes", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/procurement/requirements/{id}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/requirements/" + requirement(w) + "/delete", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/procurement/systems", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/systems", (w, own) -> SYSTEM_FORM.formatted(Fixtures.next())),
                page(GET, "/programs/{programId}/procurement/systems/{id}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> tab(w) + "/systems/" + system(w)),
                page(POST, "/programs/{programId}/procurement/systems/{id}", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/systems/" + system(w), (w, own) -> SYSTEM_FORM.formatted(Fixtures.next())),
                page(POST, "/programs/{programId}/procurement/systems/{id}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/systems/" + system(w) + "/delete", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/procurement/integrations", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/integrations", (w, own) -> INTEGRATION_FORM),
                page(GET, "/programs/{programId}/procurement/integrations/{id}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> tab(w) + "/integrations/" + integration(w)),
                page(POST, "/programs/{programId}/procurement/integrations/{id}", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/integrations/" + integration(w), (w, own) -> INTEGRATION_FORM),
                page(POST, "/programs/{programId}/procurement/integrations/{id}/verified", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/integrations/" + integration(w) + "/verified", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/procurement/integrations/{id}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> tab(w) + "/integrations/" + integration(w) + "/delete", (w, own) -> "version=0"));
    }

    static List<Endpoint> apis() {
        return List.of(
                api(GET, "/api/v1/programs/{programId}/requirements", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "requirements"), (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/requirements", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "requirements"), (w, own) -> requirementJson(w)),
                api(GET, "/api/v1/programs/{programId}/requirements/document", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "requirements/document"), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/requirements/document", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "requirements/document"), (w, own) -> "{\"goals\":\"One system.\",\"version\":0}"),
                api(GET, "/api/v1/programs/{programId}/requirements/export", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "requirements/export?format=pdf"), (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/requirements/{requirementId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "requirements/" + requirement(w)), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/requirements/{requirementId}", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "requirements/" + requirement(w)), (w, own) -> requirementJson(w)),
                api(DELETE, "/api/v1/programs/{programId}/requirements/{requirementId}", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "requirements/" + requirement(w) + "?version=0"), (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/systems", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "systems"), (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/systems", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "systems"), (w, own) -> SYSTEM_JSON.formatted(Fixtures.next())),
                api(GET, "/api/v1/programs/{programId}/systems/{systemId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "systems/" + system(w)), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/systems/{systemId}", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "systems/" + system(w)), (w, own) -> SYSTEM_JSON.formatted(Fixtures.next())),
                api(DELETE, "/api/v1/programs/{programId}/systems/{systemId}", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "systems/" + system(w) + "?version=0"), (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/integrations", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "integrations"), (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/integrations", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "integrations"), (w, own) -> INTEGRATION_JSON),
                api(GET, "/api/v1/programs/{programId}/integrations/{integrationId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "integrations/" + integration(w)), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/integrations/{integrationId}", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "integrations/" + integration(w)), (w, own) -> INTEGRATION_JSON),
                api(POST, "/api/v1/programs/{programId}/integrations/{integrationId}/verifications", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "integrations/" + integration(w) + "/verifications?version=0"), (w, own) -> null),
                api(DELETE, "/api/v1/programs/{programId}/integrations/{integrationId}", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "integrations/" + integration(w) + "?version=0"), (w, own) -> null));
    }
}
