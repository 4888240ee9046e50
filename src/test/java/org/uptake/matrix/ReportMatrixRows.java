package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.ProgramMatrixRows.EDITORS;
import static org.uptake.matrix.ProgramMatrixRows.PROGRAM_READERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.uptake.report.status.StatusReportService;

/**
 * Matrix rows of status reports: the program's readers read reports and subscribe, its editors generate,
 * schedule and override the health; another organisation finds nothing. Dashboards: the program's readers; the
 * portfolio: everyone, each seeing the programs they read.
 */
final class ReportMatrixRows {

    private static final Map<World, Long> REPORTS = new WeakHashMap<>();

    private ReportMatrixRows() {
    }

    private static long program(World w) {
        return ProgramMatrixRows.p(w).program();
    }

    static synchronized long report(World w) {
        return REPORTS.computeIfAbsent(w, k -> k.fixtures().bean(StatusReportService.class).generate(k.admin(), program(k)).id());
    }

    private static String reports(World w) {
        return "/programs/" + program(w) + "/reports";
    }

    private static String apiOf(World w) {
        return "/api/v1/programs/" + program(w) + "/status-reports";
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(pages());
        rows.addAll(apiRows());
        return rows;
    }

    static List<Endpoint> pages() {
        return List.of(
                page(GET, "/programs/{programId}/reports", PROGRAM_READERS, ORGANIZATION, (w, own) -> reports(w)),
                page(POST, "/programs/{programId}/reports", EDITORS, ORGANIZATION, (w, own) -> reports(w)),
                page(POST, "/programs/{programId}/reports/schedule", EDITORS, ORGANIZATION, (w, own) -> reports(w) + "/schedule",
                        (w, own) -> "cadence=WEEKLY&version=0"),
                page(POST, "/programs/{programId}/reports/subscription", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> reports(w) + "/subscription"),
                page(POST, "/programs/{programId}/reports/subscription/delete", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> reports(w) + "/subscription/delete"),
                page(GET, "/programs/{programId}/reports/{id}", PROGRAM_READERS, ORGANIZATION, (w, own) -> reports(w) + "/" + report(w)),
                page(POST, "/programs/{programId}/reports/{id}/override", EDITORS, ORGANIZATION,
                        (w, own) -> reports(w) + "/" + report(w) + "/override", (w, own) -> "rag=AMBER&comment=Matrix&version=0"),
                page(GET, "/programs/{programId}/reports/{id}/pdf", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> reports(w) + "/" + report(w) + "/pdf"),
                page(GET, "/programs/{programId}/reports/{id}/xlsx", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> reports(w) + "/" + report(w) + "/xlsx"),
                page(GET, "/status-reports/{id}", PROGRAM_READERS, ORGANIZATION, (w, own) -> "/status-reports/" + report(w)),
                page(GET, "/programs/{programId}/dashboard", PROGRAM_READERS, ORGANIZATION, (w, own) -> "/programs/" + program(w) + "/dashboard"),
                page(GET, "/portfolio", EVERYONE, NONE, (w, own) -> "/portfolio?status=ROLLOUT"));
    }

    static List<Endpoint> apiRows() {
        return List.of(
                api(GET, "/api/v1/programs/{programId}/status-reports", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w), (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/status-reports", EDITORS, ORGANIZATION, (w, own) -> apiOf(w), (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/status-reports/{id}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + report(w), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/status-reports/{id}/rag", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + report(w) + "/rag", (w, own) -> "{\"rag\":\"RED\",\"comment\":\"Matrix\",\"version\":0}"),
                api(GET, "/api/v1/programs/{programId}/status-reports/schedule", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/schedule", (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/status-reports/schedule", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/schedule", (w, own) -> "{\"cadence\":\"WEEKLY\",\"version\":0}"),
                api(PUT, "/api/v1/programs/{programId}/status-reports/subscription", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/subscription", (w, own) -> null),
                api(DELETE, "/api/v1/programs/{programId}/status-reports/subscription", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/subscription", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/dashboard", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + program(w) + "/dashboard", (w, own) -> null),
                api(GET, "/api/v1/portfolio", EVERYONE, NONE, (w, own) -> "/api/v1/portfolio", (w, own) -> null));
    }
}
