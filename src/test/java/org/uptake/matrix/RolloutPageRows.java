package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.RolloutMatrixRows.EDITORS;
import static org.uptake.matrix.RolloutMatrixRows.READERS;
import static org.uptake.matrix.RolloutMatrixRows.READERS_AND_HEAD;
import static org.uptake.matrix.RolloutMatrixRows.r;

import java.util.List;

/** Matrix rows of the rollout's pages (program tabs, wave and unit gate pages). */
final class RolloutPageRows {

    private RolloutPageRows() {
    }

    private static String prog(World w) {
        return "/programs/" + r(w).program();
    }

    private static String fresh(World w) {
        long[] f = r(w).freshWave();
        return "/programs/" + f[0] + "/waves/" + f[1];
    }

    static List<Endpoint> all() {
        String p = "/programs/{programId}";
        String u = p + "/rollout/units/{waveUnitId}";
        return List.of(
                page(GET, p + "/waves", READERS, ORGANIZATION, (w, own) -> prog(w) + "/waves"),
                page(POST, p + "/waves", EDITORS, ORGANIZATION, (w, own) -> "/programs/" + r(w).freshProgram() + "/waves",
                        (w, own) -> "name=Matrix&plannedGoLive=2030-06-03"),
                page(GET, p + "/waves/{waveId}", READERS, ORGANIZATION, (w, own) -> prog(w) + "/waves/" + r(w).wave()),
                page(POST, p + "/waves/{waveId}", EDITORS, ORGANIZATION, (w, own) -> fresh(w),
                        (w, own) -> "name=Matrix&plannedGoLive=2030-06-10&version=0"),
                page(POST, p + "/waves/{waveId}/delete", EDITORS, ORGANIZATION, (w, own) -> fresh(w) + "/delete",
                        (w, own) -> "version=0"),
                page(POST, p + "/waves/{waveId}/units", EDITORS, ORGANIZATION, (w, own) -> fresh(w) + "/units",
                        (w, own) -> "unitIds=" + w.unit(false)),
                page(POST, p + "/waves/{waveId}/findings", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/waves/" + r(w).wave() + "/findings",
                        (w, own) -> "kind=QUESTION&severity=LOW&title=Matrix"),
                page(POST, p + "/findings/{findingId}", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/findings/" + r(w).finding(),
                        (w, own) -> "status=CLOSED&fix=Done&version=0"),
                page(POST, p + "/waves/{waveId}/stable", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/waves/" + r(w).wave() + "/stable",
                        (w, own) -> "version=0"),
                page(GET, p + "/readiness", READERS, ORGANIZATION, (w, own) -> prog(w) + "/readiness"),
                page(GET, u, READERS_AND_HEAD, UNIT, (w, own) -> prog(w) + "/rollout/units/" + r(w).waveUnit(own)),
                page(POST, u + "/manual", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/rollout/units/" + r(w).waveUnit(false) + "/manual",
                        (w, own) -> "kind=SURVEY&value=80"),
                page(POST, u + "/sign-off", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/rollout/units/" + r(w).waveUnit(false) + "/sign-off"),
                page(POST, u + "/decision", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/rollout/units/" + r(w).waveUnit(false) + "/decision",
                        (w, own) -> "outcome=NO_GO"),
                page(POST, u + "/go-live", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/rollout/units/" + r(w).waveUnit(false) + "/go-live",
                        (w, own) -> "liveOn=2030-06-03&version=0"));
    }
}
