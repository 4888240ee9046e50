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

/** Matrix rows of a program's risk register: editors change it, readers read it, another organisation finds nothing. */
final class RiskMatrixRows {

    private RiskMatrixRows() {
    }

    private static String prog(World w) {
        return "/programs/" + v(w).program() + "/risks";
    }

    private static String apiOf(World w) {
        return "/api/v1/programs/" + v(w).program() + "/risks";
    }

    private static final String FORM = "title=Matrix&probability=2&impact=3&status=OPEN&version=0";
    private static final String JSON = "{\"title\":\"M\",\"probability\":2,\"impact\":3,\"status\":\"OPEN\",\"version\":0}";

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(List.of(
                page(GET, "/programs/{programId}/risks", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w)),
                page(POST, "/programs/{programId}/risks", EDITORS, ORGANIZATION, (w, own) -> prog(w), (w, own) -> FORM),
                page(GET, "/programs/{programId}/risks/{riskId}", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/" + v(w).risk()),
                page(POST, "/programs/{programId}/risks/{riskId}", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/" + v(w).risk(),
                        (w, own) -> FORM),
                page(POST, "/programs/{programId}/risks/{riskId}/tasks", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/" + v(w).risk() + "/tasks", (w, own) -> "taskId=" + v(w).task() + "&version=0"),
                page(POST, "/programs/{programId}/risks/{riskId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/" + v(w).risk() + "/delete", (w, own) -> "version=0")));
        rows.addAll(List.of(
                api(GET, "/api/v1/programs/{programId}/risks", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "?all=true",
                        (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/risks/heatmap", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/heatmap", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/risks", EDITORS, ORGANIZATION, (w, own) -> apiOf(w), (w, own) -> JSON),
                api(GET, "/api/v1/programs/{programId}/risks/{riskId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + v(w).risk(), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/risks/{riskId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + v(w).risk(), (w, own) -> JSON),
                api(DELETE, "/api/v1/programs/{programId}/risks/{riskId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + v(w).risk() + "?version=0", (w, own) -> null)));
        return rows;
    }
}
