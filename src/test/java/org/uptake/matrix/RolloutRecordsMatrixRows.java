package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.RolloutMatrixRows.EDITORS;
import static org.uptake.matrix.RolloutMatrixRows.READERS;
import static org.uptake.matrix.RolloutMatrixRows.READERS_AND_HEAD;
import static org.uptake.matrix.RolloutMatrixRows.base;
import static org.uptake.matrix.RolloutMatrixRows.r;

import java.util.ArrayList;
import java.util.List;

/**
 * Matrix rows of the unit checklists, data migration records and parallel runs (API and pages): the
 * coordinator runs them, readers read them, a unit head reads the checklist of the units they head only.
 */
final class RolloutRecordsMatrixRows {

    private RolloutRecordsMatrixRows() {
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(checklistApi());
        rows.addAll(migrationApi());
        rows.addAll(parallelApi());
        rows.addAll(pages());
        return rows;
    }

    private static String prog(World w) {
        return "/programs/" + r(w).program();
    }

    static List<Endpoint> checklistApi() {
        String b = "/api/v1/programs/{programId}";
        String template = "{\"category\":\"INFRASTRUCTURE\",\"title\":\"Matrix\",\"dueDaysBefore\":3,\"version\":0}";
        return List.of(
                api(GET, b + "/checklist-template", READERS, ORGANIZATION, (w, own) -> base(w) + "/checklist-template", (w, own) -> null),
                api(POST, b + "/checklist-template/items", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + r(w).freshWave()[0] + "/checklist-template/items", (w, own) -> template),
                api(PUT, b + "/checklist-template/items/{itemId}", EDITORS, ORGANIZATION, (w, own) -> {
                    long[] t = r(w).freshTemplateItem();
                    return "/api/v1/programs/" + t[0] + "/checklist-template/items/" + t[1];
                }, (w, own) -> template),
                api(DELETE, b + "/checklist-template/items/{itemId}", EDITORS, ORGANIZATION, (w, own) -> {
                    long[] t = r(w).freshTemplateItem();
                    return "/api/v1/programs/" + t[0] + "/checklist-template/items/" + t[1] + "?version=0";
                }, (w, own) -> null),
                api(GET, b + "/wave-units/{waveUnitId}/checklist", READERS_AND_HEAD, UNIT,
                        (w, own) -> base(w) + "/wave-units/" + r(w).waveUnit(own) + "/checklist", (w, own) -> null),
                api(GET, b + "/checklist-items/{itemId}", READERS_AND_HEAD, UNIT,
                        (w, own) -> base(w) + "/checklist-items/" + r(w).checklistItem(own), (w, own) -> null),
                api(PUT, b + "/checklist-items/{itemId}", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/checklist-items/" + r(w).checklistItem(false),
                        (w, own) -> "{\"status\":\"IN_PROGRESS\",\"version\":999}"),
                api(POST, b + "/checklist-items/{itemId}/evidence", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/checklist-items/" + r(w).checklistItem(false) + "/evidence?version=999",
                        (w, own) -> "file:proof.csv\na,b"),
                api(GET, b + "/checklist-items/{itemId}/evidence", READERS_AND_HEAD, UNIT,
                        (w, own) -> base(w) + "/checklist-items/" + r(w).itemWithEvidence(own) + "/evidence", (w, own) -> null),
                api(POST, b + "/checklist-items/mark", EDITORS, ORGANIZATION, (w, own) -> base(w) + "/checklist-items/mark",
                        (w, own) -> "{\"itemIds\":[" + r(w).checklistItem(false) + "],\"versions\":[999],\"status\":\"IN_PROGRESS\"}"),
                api(GET, b + "/checklist-items/snapshot", READERS, ORGANIZATION,
                        (w, own) -> base(w) + "/checklist-items/snapshot?waveUnitId=" + r(w).waveUnit(false), (w, own) -> null));
    }

    static List<Endpoint> migrationApi() {
        String b = "/api/v1/programs/{programId}/migrations";
        String form = "{\"sourceSystem\":\"Matrix\",\"method\":\"TOOL\",\"version\":0}";
        return List.of(
                api(GET, b, READERS, ORGANIZATION, (w, own) -> base(w) + "/migrations", (w, own) -> null),
                api(POST, b, EDITORS, ORGANIZATION, (w, own) -> base(w) + "/migrations", (w, own) -> form),
                api(GET, b + "/{migrationId}", READERS, ORGANIZATION, (w, own) -> base(w) + "/migrations/" + r(w).migration(),
                        (w, own) -> null),
                api(PUT, b + "/{migrationId}", EDITORS, ORGANIZATION, (w, own) -> base(w) + "/migrations/" + r(w).migration(),
                        (w, own) -> form),
                api(DELETE, b + "/{migrationId}", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/migrations/" + r(w).migration() + "?version=1", (w, own) -> null),
                api(POST, b + "/{migrationId}/steps/{step}", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/migrations/" + r(w).migration() + "/steps/TEST_BEFORE",
                        (w, own) -> "{\"result\":\"PASSED\",\"note\":\"ok\",\"version\":1}"),
                api(GET, b + "/{migrationId}/steps/{step}/evidence", READERS, ORGANIZATION,
                        (w, own) -> base(w) + "/migrations/" + r(w).migration() + "/steps/BACKUP/evidence", (w, own) -> null));
    }

    static List<Endpoint> parallelApi() {
        String b = "/api/v1/programs/{programId}/parallel-runs";
        String run = "{\"waveId\":null,\"waveUnitId\":null,\"legacySystem\":\"Old\",\"newSystem\":\"New\",\"startsOn\":\"2020-01-01\","
                + "\"endsOn\":\"2020-02-01\",\"matchingDays\":3,\"version\":0}";
        return List.of(
                api(GET, b, READERS, ORGANIZATION, (w, own) -> base(w) + "/parallel-runs", (w, own) -> null),
                api(POST, b, EDITORS, ORGANIZATION, (w, own) -> base(w) + "/parallel-runs",
                        (w, own) -> run.replace("\"waveId\":null", "\"waveId\":" + r(w).wave())),
                api(GET, b + "/{runId}", READERS, ORGANIZATION, (w, own) -> base(w) + "/parallel-runs/" + r(w).parallelRun()[0],
                        (w, own) -> null),
                api(PUT, b + "/{runId}", EDITORS, ORGANIZATION, (w, own) -> base(w) + "/parallel-runs/" + r(w).parallelRun()[0],
                        (w, own) -> run),
                api(POST, b + "/{runId}/checks", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/parallel-runs/" + r(w).parallelRun()[0] + "/checks",
                        (w, own) -> "{\"metric\":\"Invoices\",\"tolerancePercent\":1}"),
                api(POST, b + "/{runId}/readings", EDITORS, ORGANIZATION, (w, own) -> {
                    long[] x = r(w).parallelRun();
                    return base(w) + "/parallel-runs/" + x[0] + "/readings?check=" + x[1];
                }, (w, own) -> "{\"readings\":[{\"checkId\":" + checkOf(w) + ",\"day\":\"2020-01-05\",\"legacyValue\":1,\"newValue\":1}]}"),
                api(POST, b + "/{runId}/decision", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/parallel-runs/" + r(w).parallelRun()[0] + "/decision",
                        (w, own) -> "{\"decision\":\"ROLL_BACK\",\"note\":\"Matrix\",\"version\":0}"));
    }

    /** The body of the readings row is built after its URL: it reads the check of the run just made. */
    private static String checkOf(World w) {
        return String.valueOf(r(w).lastCheck());
    }

    static List<Endpoint> pages() {
        String p = "/programs/{programId}/rollout";
        return List.of(
                page(GET, p + "/units/{waveUnitId}/checklist", READERS_AND_HEAD, UNIT,
                        (w, own) -> prog(w) + "/rollout/units/" + r(w).waveUnit(own) + "/checklist"),
                page(POST, p + "/checklist-items/{itemId}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/checklist-items/" + r(w).checklistItem(false),
                        (w, own) -> "status=IN_PROGRESS&version=999"),
                page(POST, p + "/units/{waveUnitId}/checklist/mark", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/units/" + r(w).waveUnit(false) + "/checklist/mark",
                        (w, own) -> "status=IN_PROGRESS&category=ACCESS"),
                page(GET, p + "/decisions/{decisionId}/protocol.pdf", READERS_AND_HEAD, UNIT,
                        (w, own) -> prog(w) + "/rollout/decisions/" + r(w).decision(own) + "/protocol.pdf"),
                page(GET, p + "/checklist-template", READERS, ORGANIZATION, (w, own) -> prog(w) + "/rollout/checklist-template"),
                page(POST, p + "/checklist-template", EDITORS, ORGANIZATION,
                        (w, own) -> "/programs/" + r(w).freshWave()[0] + "/rollout/checklist-template",
                        (w, own) -> "category=ACCESS&title=Matrix&dueDaysBefore=2"),
                page(POST, p + "/checklist-template/{itemId}/delete", EDITORS, ORGANIZATION, (w, own) -> {
                    long[] t = r(w).freshTemplateItem();
                    return "/programs/" + t[0] + "/rollout/checklist-template/" + t[1] + "/delete";
                }, (w, own) -> "version=0"),
                page(GET, p + "/checklist-template/{itemId}", READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/checklist-template/" + r(w).templateItem()),
                page(POST, p + "/checklist-template/{itemId}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/checklist-template/" + r(w).templateItem(),
                        (w, own) -> "title=Matrix&dueDaysBefore=2&version=999"),
                page(GET, p + "/migrations", READERS, ORGANIZATION, (w, own) -> prog(w) + "/rollout/migrations"),
                page(GET, p + "/migrations/{migrationId}", READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/migrations/" + r(w).migration()),
                page(POST, p + "/migrations/{migrationId}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/migrations/" + r(w).migration(),
                        (w, own) -> "sourceSystem=Matrix&method=CUSTOM&version=999"),
                page(POST, p + "/migrations/{migrationId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/migrations/" + r(w).migration() + "/delete", (w, own) -> "version=999"),
                page(POST, p + "/migrations", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/rollout/migrations",
                        (w, own) -> "sourceSystem=Matrix&method=CUSTOM"),
                page(POST, p + "/migrations/{migrationId}/steps/{step}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/migrations/" + r(w).migration() + "/steps/TEST_BEFORE",
                        (w, own) -> "result=PASSED&note=ok&version=1"),
                page(GET, p + "/parallel-runs", READERS, ORGANIZATION, (w, own) -> prog(w) + "/rollout/parallel-runs"),
                page(POST, p + "/parallel-runs", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/rollout/parallel-runs",
                        (w, own) -> "scope=w" + r(w).wave() + "&legacySystem=Old&newSystem=New&startsOn=2020-01-01&endsOn=2020-02-01&matchingDays=3"),
                page(GET, p + "/parallel-runs/{runId}", READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/parallel-runs/" + r(w).parallelRun()[0]),
                page(POST, p + "/parallel-runs/{runId}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/parallel-runs/" + r(w).parallelRun()[0],
                        (w, own) -> "legacySystem=Old&newSystem=New&startsOn=2020-01-01&endsOn=2020-02-01&matchingDays=3&version=999"),
                page(POST, p + "/parallel-runs/{runId}/checks", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/parallel-runs/" + r(w).parallelRun()[0] + "/checks",
                        (w, own) -> "metric=Invoices&tolerancePercent=1"),
                page(POST, p + "/parallel-runs/{runId}/readings", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/parallel-runs/" + r(w).parallelRun()[0] + "/readings",
                        (w, own) -> "day=2020-01-05&checkId=" + r(w).lastCheck() + "&legacyValue=1&newValue=1"),
                page(POST, p + "/parallel-runs/{runId}/decision", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/rollout/parallel-runs/" + r(w).parallelRun()[0] + "/decision",
                        (w, own) -> "decision=ROLL_BACK&note=Matrix&version=0"));
    }
}
