package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.ADMINS;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.uptake.shared.Role;
import org.uptake.support.RolloutMatrixWorld;

/**
 * Matrix rows of the rollout: waves, pilot findings and stability, readiness and the unit gate. The
 * program is run by the COORDINATOR user; the UNIT_HEAD user heads one of the two units in the wave
 * and reads that unit's readiness (UNIT rows), not the other's; EMPLOYEE is not in the team.
 */
final class RolloutMatrixRows {

    static final Set<Role> EDITORS = ProgramMatrixRows.EDITORS;
    static final Set<Role> READERS = ProgramMatrixRows.PROGRAM_READERS;
    static final Set<Role> READERS_AND_HEAD = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER, Role.UNIT_HEAD);

    private static final Map<World, RolloutMatrixWorld> WORLDS = new WeakHashMap<>();

    private RolloutMatrixRows() {
    }

    static synchronized RolloutMatrixWorld r(World w) {
        return WORLDS.computeIfAbsent(w, k -> new RolloutMatrixWorld(k.fixtures(), k.admin(), k.user(Role.COORDINATOR),
                k.unit(true), k.unit(false)));
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(waveApi());
        rows.addAll(pilotApi());
        rows.addAll(gateApi());
        rows.addAll(RolloutPageRows.all());
        rows.addAll(RolloutRecordsMatrixRows.all());
        return rows;
    }

    static String base(World w) {
        return "/api/v1/programs/" + r(w).program();
    }

    private static String waveJson(String date) {
        return "{\"name\":\"Matrix\",\"plannedGoLive\":\"" + date + "\",\"unitIds\":[],\"version\":0}";
    }

    static List<Endpoint> waveApi() {
        String base = "/api/v1/programs/{programId}";
        return List.of(
                api(GET, base + "/waves", READERS, ORGANIZATION, (w, own) -> base(w) + "/waves", (w, own) -> null),
                api(POST, base + "/waves", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + r(w).freshProgram() + "/waves", (w, own) -> waveJson("2030-06-03")),
                api(GET, base + "/waves/{waveId}", READERS, ORGANIZATION, (w, own) -> base(w) + "/waves/" + r(w).wave(),
                        (w, own) -> null),
                api(PUT, base + "/waves/{waveId}", EDITORS, ORGANIZATION, (w, own) -> {
                    long[] f = r(w).freshWave();
                    return "/api/v1/programs/" + f[0] + "/waves/" + f[1];
                }, (w, own) -> waveJson("2030-06-10")),
                api(DELETE, base + "/waves/{waveId}", EDITORS, ORGANIZATION, (w, own) -> {
                    long[] f = r(w).freshWave();
                    return "/api/v1/programs/" + f[0] + "/waves/" + f[1] + "?version=0";
                }, (w, own) -> null),
                api(POST, base + "/waves/{waveId}/units", EDITORS, ORGANIZATION, (w, own) -> {
                    long[] f = r(w).freshWave();
                    return "/api/v1/programs/" + f[0] + "/waves/" + f[1] + "/units";
                }, (w, own) -> "{\"unitIds\":[" + w.unit(false) + "]}"),
                api(POST, base + "/wave-units/{waveUnitId}/move", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/wave-units/" + r(w).waveUnit(false) + "/move",
                        (w, own) -> "{\"waveId\":" + r(w).wave() + ",\"version\":0}"),
                api(DELETE, base + "/wave-units/{waveUnitId}", EDITORS, ORGANIZATION, (w, own) -> {
                    long[] f = r(w).freshWave();
                    return "/api/v1/programs/" + f[0] + "/wave-units/" + f[2] + "?version=0";
                }, (w, own) -> null));
    }

    static List<Endpoint> pilotApi() {
        String base = "/api/v1/programs/{programId}";
        String finding = "{\"kind\":\"QUESTION\",\"severity\":\"LOW\",\"title\":\"Matrix\",\"version\":0}";
        return List.of(
                api(GET, base + "/waves/{waveId}/findings", READERS, ORGANIZATION,
                        (w, own) -> base(w) + "/waves/" + r(w).wave() + "/findings", (w, own) -> null),
                api(POST, base + "/waves/{waveId}/findings", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/waves/" + r(w).wave() + "/findings", (w, own) -> finding),
                api(PUT, base + "/findings/{findingId}", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/findings/" + r(w).finding(), (w, own) -> finding),
                api(GET, base + "/waves/{waveId}/stability", READERS, ORGANIZATION,
                        (w, own) -> base(w) + "/waves/" + r(w).wave() + "/stability", (w, own) -> null),
                api(POST, base + "/waves/{waveId}/stable", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/waves/" + r(w).wave() + "/stable", (w, own) -> "{\"version\":0}"),
                api(POST, base + "/waves/{waveId}/stability-override", ADMINS, ORGANIZATION, (w, own) -> {
                    long[] f = r(w).freshWave();
                    return "/api/v1/programs/" + f[0] + "/waves/" + f[1] + "/stability-override";
                }, (w, own) -> "{\"reason\":\"Matrix\",\"version\":0}"),
                api(GET, base + "/rollout/stability-rule", READERS, ORGANIZATION,
                        (w, own) -> base(w) + "/rollout/stability-rule", (w, own) -> null),
                api(PUT, base + "/rollout/stability-rule", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/rollout/stability-rule",
                        (w, own) -> "{\"noOpenCritical\":true,\"stableDays\":5,\"version\":999}"));
    }

    static List<Endpoint> gateApi() {
        String base = "/api/v1/programs/{programId}";
        String unit = "/wave-units/{waveUnitId}";
        return List.of(
                api(GET, base + "/readiness", READERS, ORGANIZATION, (w, own) -> base(w) + "/readiness", (w, own) -> null),
                api(GET, base + "/readiness/criteria", READERS, ORGANIZATION, (w, own) -> base(w) + "/readiness/criteria",
                        (w, own) -> null),
                api(PUT, base + "/readiness/criteria", EDITORS, ORGANIZATION, (w, own) -> base(w) + "/readiness/criteria",
                        (w, own) -> "{\"criteria\":[{\"kind\":\"SURVEY\",\"threshold\":70,\"weight\":10,\"blocking\":false,\"enabled\":true}]}"),
                api(POST, base + "/readiness/recompute", EDITORS, ORGANIZATION, (w, own) -> base(w) + "/readiness/recompute",
                        (w, own) -> null),
                api(GET, base + unit + "/readiness", READERS_AND_HEAD, UNIT,
                        (w, own) -> base(w) + "/wave-units/" + r(w).waveUnit(own) + "/readiness", (w, own) -> null),
                api(PUT, base + unit + "/manual-values/{kind}", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/wave-units/" + r(w).waveUnit(false) + "/manual-values/SURVEY",
                        (w, own) -> "{\"value\":50,\"note\":\"Matrix\"}"),
                api(POST, base + unit + "/sign-off", EDITORS, ORGANIZATION, (w, own) -> {
                    long[] f = r(w).freshWave();
                    return "/api/v1/programs/" + f[0] + "/wave-units/" + f[2] + "/sign-off";
                }, (w, own) -> null),
                api(GET, base + unit + "/decisions", READERS_AND_HEAD, UNIT,
                        (w, own) -> base(w) + "/wave-units/" + r(w).waveUnit(own) + "/decisions", (w, own) -> null),
                api(POST, base + unit + "/decisions", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/wave-units/" + r(w).waveUnit(false) + "/decisions",
                        (w, own) -> "{\"outcome\":\"NO_GO\",\"note\":\"Matrix\"}"),
                api(POST, base + unit + "/go-live", EDITORS, ORGANIZATION,
                        (w, own) -> base(w) + "/wave-units/" + r(w).waveUnit(false) + "/go-live",
                        (w, own) -> "{\"liveOn\":\"2030-06-03\",\"version\":0}"));
    }
}
