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
import org.uptake.support.Fixtures;

/**
 * Matrix rows of a program's Gantt chart, filters, baselines and plan files: editors save, move and import;
 * readers look; another organisation's program is not found.
 */
final class PlanViewsMatrixRows {

    private PlanViewsMatrixRows() {
    }

    private static String prog(World w) {
        return "/programs/" + v(w).program();
    }

    private static String apiOf(World w) {
        return "/api/v1/programs/" + v(w).program();
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(gantt());
        rows.addAll(baselines());
        rows.addAll(files());
        return rows;
    }

    static List<Endpoint> gantt() {
        return List.of(
                page(GET, "/programs/{programId}/gantt", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/gantt?status=OPEN"),
                page(GET, "/programs/{programId}/gantt.json", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/gantt.json"),
                page(POST, "/programs/{programId}/gantt/tasks/{taskId}/move", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/gantt/tasks/" + ProgramMatrixRows.p(w).employeeTask() + "/move",
                        (w, own) -> "start=2030-03-11&version=0"),
                page(GET, "/programs/{programId}/plan/filter", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/plan/filter?status=OPEN&overdue=true"),
                api(GET, "/api/v1/programs/{programId}/gantt", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/gantt",
                        (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/plan/tasks", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/plan/tasks?status=OPEN", (w, own) -> null));
    }

    static List<Endpoint> baselines() {
        return List.of(
                page(GET, "/programs/{programId}/baselines", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/baselines"),
                page(GET, "/programs/{programId}/baselines/burndown.json", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/baselines/burndown.json"),
                page(GET, "/programs/{programId}/baselines/{baselineId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/baselines/" + v(w).baseline()),
                page(POST, "/programs/{programId}/baselines", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/baselines",
                        (w, own) -> "name=Matrix+" + Fixtures.next()),
                page(POST, "/programs/{programId}/baselines/{baselineId}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/baselines/" + v(w).baseline(), (w, own) -> "name=Renamed+" + Fixtures.next() + "&version=0"),
                page(POST, "/programs/{programId}/baselines/{baselineId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/baselines/" + v(w).baseline() + "/delete", (w, own) -> "version=0"),
                api(GET, "/api/v1/programs/{programId}/baselines", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/baselines",
                        (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/baselines", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/baselines",
                        (w, own) -> "{\"name\":\"Matrix " + Fixtures.next() + "\",\"version\":0}"),
                api(GET, "/api/v1/programs/{programId}/baselines/{baselineId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/baselines/" + v(w).baseline(), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/baselines/{baselineId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/baselines/" + v(w).baseline(),
                        (w, own) -> "{\"name\":\"Renamed " + Fixtures.next() + "\",\"version\":0}"),
                api(DELETE, "/api/v1/programs/{programId}/baselines/{baselineId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/baselines/" + v(w).baseline() + "?version=0", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/baselines/{baselineId}/variance", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/baselines/" + v(w).baseline() + "/variance?all=true", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/burndown", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/burndown",
                        (w, own) -> null));
    }

    static List<Endpoint> files() {
        return List.of(
                page(GET, "/programs/{programId}/plan/export.csv", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/plan/export.csv"),
                page(GET, "/programs/{programId}/plan/export.xlsx", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/plan/export.xlsx"),
                page(GET, "/programs/{programId}/plan/import", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/plan/import"),
                page(POST, "/programs/{programId}/plan/import", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/plan/import",
                        (w, own) -> "file:plan.csv\nprogram,key,title\n" + v(w).program() + ",M-" + Fixtures.next() + ",Matrix task"),
                api(GET, "/api/v1/programs/{programId}/plan/export", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/plan/export?format=XLSX", (w, own) -> null));
    }
}
