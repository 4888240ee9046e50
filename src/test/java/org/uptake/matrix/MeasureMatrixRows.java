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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.uptake.shared.Role;
import org.uptake.support.MeasureMatrixWorld;

/**
 * Matrix rows of KPIs, measurements, benefits and adoption: the program's editors define and record,
 * its readers read, another organisation finds nothing. Usage events need a token of scope "adoption",
 * which no matrix token has — so every role is refused there (AdoptionTests covers the scoped token).
 */
final class MeasureMatrixRows {

    private static final Map<World, MeasureMatrixWorld> WORLDS = new WeakHashMap<>();

    private MeasureMatrixRows() {
    }

    static synchronized MeasureMatrixWorld m(World w) {
        return WORLDS.computeIfAbsent(w, k -> new MeasureMatrixWorld(k.fixtures(), k.user(Role.COORDINATOR),
                ProgramMatrixRows.p(k).program()));
    }

    private static String prog(World w) {
        return "/programs/" + m(w).program();
    }

    private static final String KPI_FORM = "goalId=%d&code=F%d&name=Matrix&unitOfMeasure=%%25&direction=INCREASE&aggregation=SUM"
            + "&baselineValue=1&baselineDate=2025-01-01&targetValue=2&targetDate=2025-06-01&smallGapPct=5&largeGapPct=15&version=0";
    private static final String KPI_JSON = "{\"programId\":%d,\"goalId\":%d,\"code\":\"J%d\",\"name\":\"Matrix\",\"unitOfMeasure\":\"%%\","
            + "\"direction\":\"INCREASE\",\"baselineValue\":1,\"baselineDate\":\"2025-01-01\",\"targetValue\":2,"
            + "\"targetDate\":\"2025-06-01\",\"version\":0}";
    private static final String BENEFIT_FORM = "title=Matrix&expectedValue=10&unitOfMeasure=h&realisationStart=2025-01-01"
            + "&realisationDue=2025-06-01&status=PLANNED&version=0";
    private static final String BENEFIT_JSON = "{\"title\":\"Matrix\",\"expectedValue\":10,\"unitOfMeasure\":\"h\","
            + "\"realisationStart\":\"2025-01-01\",\"realisationDue\":\"2025-06-01\",\"version\":0}";

    private static String kpiForm(World w) {
        long kpi = m(w).kpi();
        long goal = org.uptake.support.Fixtures.next();
        return KPI_FORM.formatted(goalOf(w, kpi), goal);
    }

    private static long goalOf(World w, long kpi) {
        return w.fixtures().bean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("select goal_id from kpi where id = ?")
                .param(kpi).query(Long.class).single();
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(kpiPages());
        rows.addAll(kpiApi());
        rows.addAll(benefits());
        rows.addAll(adoption());
        return rows;
    }

    static List<Endpoint> kpiPages() {
        return List.of(
                page(GET, "/kpis", EVERYONE, NONE, (w, own) -> "/kpis"),
                page(GET, "/kpis/{kpiId}", PROGRAM_READERS, ORGANIZATION, (w, own) -> "/kpis/" + m(w).kpi()),
                page(GET, "/programs/{programId}/kpis", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/kpis?preset=CTR"),
                page(POST, "/programs/{programId}/kpis", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/kpis", (w, own) -> kpiForm(w)),
                page(POST, "/programs/{programId}/kpis/gaps/{gapId}/resolve", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/kpis/gaps/" + m(w).gap() + "/resolve", (w, own) -> "resolution=Done&version=0"),
                page(GET, "/programs/{programId}/kpis/{kpiId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/kpis/" + m(w).kpi() + "?period=2025-03-01"),
                page(POST, "/programs/{programId}/kpis/{kpiId}", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/kpis/" + m(w).kpi(),
                        (w, own) -> kpiForm(w)),
                page(POST, "/programs/{programId}/kpis/{kpiId}/indicator", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/kpis/" + m(w).kpi() + "/indicator", (w, own) -> "indicatorId=&version=0"),
                page(POST, "/programs/{programId}/kpis/{kpiId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/kpis/" + m(w).kpi() + "/delete", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/kpis/{kpiId}/plan", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/kpis/" + m(w).kpi() + "/plan", (w, own) -> "version=0&plan%5B2025-03-01%5D=40"),
                page(POST, "/programs/{programId}/kpis/{kpiId}/measurements", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/kpis/" + m(w).kpi() + "/measurements", (w, own) -> "value=12&measuredOn=2025-03-03"),
                page(GET, "/programs/{programId}/kpis/{kpiId}/measurements/{measurementId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/kpis/" + m(w).measurement()),
                page(POST, "/programs/{programId}/kpis/{kpiId}/measurements/{measurementId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/kpis/" + m(w).measurement() + "/delete"));
    }

    static List<Endpoint> kpiApi() {
        return List.of(
                api(GET, "/api/v1/kpis", EVERYONE, NONE, (w, own) -> "/api/v1/kpis", (w, own) -> null),
                api(GET, "/api/v1/kpis/presets", EVERYONE, NONE, (w, own) -> "/api/v1/kpis/presets", (w, own) -> null),
                api(POST, "/api/v1/kpis", EDITORS, ORGANIZATION, (w, own) -> "/api/v1/kpis",
                        (w, own) -> KPI_JSON.formatted(m(w).program(), goalOf(w, m(w).kpi()), org.uptake.support.Fixtures.next())),
                api(GET, "/api/v1/kpis/{id}", PROGRAM_READERS, ORGANIZATION, (w, own) -> "/api/v1/kpis/" + m(w).kpi(), (w, own) -> null),
                api(PUT, "/api/v1/kpis/{id}", EDITORS, ORGANIZATION, (w, own) -> "/api/v1/kpis/" + m(w).kpi(),
                        (w, own) -> KPI_JSON.formatted(m(w).program(), goalOf(w, m(w).kpi()), org.uptake.support.Fixtures.next())),
                api(DELETE, "/api/v1/kpis/{id}", EDITORS, ORGANIZATION, (w, own) -> "/api/v1/kpis/" + m(w).kpi() + "?version=0",
                        (w, own) -> null),
                api(GET, "/api/v1/kpis/{id}/indicator", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/kpis/" + m(w).kpi() + "/indicator", (w, own) -> null),
                api(PUT, "/api/v1/kpis/{id}/indicator", EDITORS, ORGANIZATION, (w, own) -> "/api/v1/kpis/" + m(w).kpi() + "/indicator",
                        (w, own) -> "{\"indicatorId\":null,\"version\":0}"),
                api(GET, "/api/v1/kpis/{id}/plan", PROGRAM_READERS, ORGANIZATION, (w, own) -> "/api/v1/kpis/" + m(w).kpi() + "/plan",
                        (w, own) -> null),
                api(PUT, "/api/v1/kpis/{id}/plan", EDITORS, ORGANIZATION, (w, own) -> "/api/v1/kpis/" + m(w).kpi() + "/plan",
                        (w, own) -> "{\"version\":0,\"points\":[{\"periodStart\":\"2025-03-01\",\"plannedValue\":40}]}"),
                api(GET, "/api/v1/kpis/{id}/values", PROGRAM_READERS, ORGANIZATION, (w, own) -> "/api/v1/kpis/" + m(w).kpi() + "/values",
                        (w, own) -> null),
                api(GET, "/api/v1/kpis/{id}/values/units", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/kpis/" + m(w).kpi() + "/values/units?day=2025-03-10", (w, own) -> null),
                api(GET, "/api/v1/kpis/{id}/gaps", PROGRAM_READERS, ORGANIZATION, (w, own) -> "/api/v1/kpis/" + m(w).kpi() + "/gaps",
                        (w, own) -> null),
                api(POST, "/api/v1/kpis/gaps/{gapId}/resolve", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/kpis/gaps/" + m(w).gap() + "/resolve", (w, own) -> "{\"resolution\":\"Done\",\"version\":0}"),
                api(GET, "/api/v1/programs/{programId}/kpi-health", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + m(w).program() + "/kpi-health", (w, own) -> null),
                api(GET, "/api/v1/kpis/{kpiId}/measurements", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/kpis/" + m(w).kpi() + "/measurements", (w, own) -> null),
                api(POST, "/api/v1/kpis/{kpiId}/measurements", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/kpis/" + m(w).kpi() + "/measurements", (w, own) -> "{\"value\":3,\"measuredOn\":\"2025-02-02\"}"),
                api(GET, "/api/v1/kpis/{kpiId}/measurements/{id}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/kpis/" + m(w).measurement(), (w, own) -> null),
                api(DELETE, "/api/v1/kpis/{kpiId}/measurements/{id}", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/kpis/" + m(w).measurement(), (w, own) -> null));
    }

    static List<Endpoint> benefits() {
        String api = "/api/v1/programs/%d/benefits";
        return List.of(
                page(GET, "/programs/{programId}/benefits", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/benefits"),
                page(POST, "/programs/{programId}/benefits", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/benefits", (w, own) -> BENEFIT_FORM),
                page(GET, "/programs/{programId}/benefits/{benefitId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/benefits/" + m(w).benefit()),
                page(POST, "/programs/{programId}/benefits/{benefitId}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/benefits/" + m(w).benefit(), (w, own) -> BENEFIT_FORM),
                page(POST, "/programs/{programId}/benefits/{benefitId}/realisations", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/benefits/" + m(w).benefit() + "/realisations", (w, own) -> "realisedOn=2025-03-01&amount=5"),
                page(POST, "/programs/{programId}/benefits/{benefitId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/benefits/" + m(w).benefit() + "/delete", (w, own) -> "version=0"),
                api(GET, "/api/v1/programs/{programId}/benefits", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> api.formatted(m(w).program()), (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/benefits", EDITORS, ORGANIZATION,
                        (w, own) -> api.formatted(m(w).program()), (w, own) -> BENEFIT_JSON),
                api(GET, "/api/v1/programs/{programId}/benefits/{benefitId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> api.formatted(m(w).program()) + "/" + m(w).benefit(), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/benefits/{benefitId}", EDITORS, ORGANIZATION,
                        (w, own) -> api.formatted(m(w).program()) + "/" + m(w).benefit(), (w, own) -> BENEFIT_JSON),
                api(DELETE, "/api/v1/programs/{programId}/benefits/{benefitId}", EDITORS, ORGANIZATION,
                        (w, own) -> api.formatted(m(w).program()) + "/" + m(w).benefit() + "?version=0", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/benefits/{benefitId}/realisations", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> api.formatted(m(w).program()) + "/" + m(w).benefit() + "/realisations", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/benefits/{benefitId}/realisations", EDITORS, ORGANIZATION,
                        (w, own) -> api.formatted(m(w).program()) + "/" + m(w).benefit() + "/realisations",
                        (w, own) -> "{\"realisedOn\":\"2025-03-01\",\"amount\":5}"),
                api(GET, "/api/v1/programs/{programId}/benefits/{benefitId}/curve", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> api.formatted(m(w).program()) + "/" + m(w).benefit() + "/curve", (w, own) -> null));
    }

    static List<Endpoint> adoption() {
        return List.of(
                page(GET, "/programs/{programId}/adoption", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/adoption"),
                page(POST, "/programs/{programId}/adoption/settings", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/adoption/settings",
                        (w, own) -> "activeDays=7&version=" + version(w)),
                api(POST, "/api/v1/adoption-events", EnumSet.noneOf(Role.class), NONE, (w, own) -> "/api/v1/adoption-events",
                        (w, own) -> "{\"programId\":" + m(w).program() + ",\"events\":[]}"),
                api(GET, "/api/v1/programs/{programId}/adoption", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + m(w).program() + "/adoption", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/adoption/batches", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + m(w).program() + "/adoption/batches", (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/adoption/settings", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + m(w).program() + "/adoption/settings",
                        (w, own) -> "{\"activeDays\":7,\"version\":" + version(w) + "}"));
    }

    /** The current version of the program's adoption settings (each allowed call bumps it). */
    private static int version(World w) {
        return w.fixtures().bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select version from adoption_settings where program_id = ?").param(m(w).program())
                .query(Integer.class).optional().orElse(0);
    }
}
