package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.ProcessMatrixRows.ARCHITECTS;
import static org.uptake.matrix.ProcessMatrixRows.EDITORS;
import static org.uptake.matrix.ProcessMatrixRows.approved;
import static org.uptake.matrix.ProcessMatrixRows.measured;
import static org.uptake.matrix.ProcessMatrixRows.process;
import static org.uptake.matrix.ProcessMatrixRows.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.process.catalog.Process;

/** Matrix rows of specifications, their parts, executors and publication (API). */
final class ProcessSpecificationMatrixRows {

    private static final String BASE = "/api/v1/processes/";

    private ProcessSpecificationMatrixRows() {
    }

    /** One part of a measured process: its table, a valid body for it, and the id of an existing row. */
    private record PartKind(String path, String table, BiFunction<World, Process, String> body) {
    }

    private static List<PartKind> kinds() {
        return List.of(
                new PartKind("clients", "process_client", (w, p) -> "{\"name\":\"Mechanic\",\"kind\":\"INTERNAL\",\"version\":0}"),
                new PartKind("goals", "process_goal", (w, p) -> "{\"clientId\":" + first(w, "process_client", p)
                        + ",\"text\":\"Clear work\",\"version\":0}"),
                new PartKind("results", "process_result", (w, p) -> "{\"text\":\"Defect card\",\"version\":0}"),
                new PartKind("indicators", "process_indicator", (w, p) -> "{\"goalId\":" + first(w, "process_goal", p)
                        + ",\"name\":\"Average ticket\",\"methods\":[\"Sum / orders\"],\"version\":0}"),
                new PartKind("resources", "process_resource", (w, p) -> "{\"name\":\"Parts information\",\"kind\":\"RENEWABLE\","
                        + "\"newSupplierName\":\"Supply department\",\"version\":0}"),
                new PartKind("suppliers", "process_supplier", (w, p) -> "{\"name\":\"IT service\",\"kind\":\"UNIT\",\"version\":0}"),
                new PartKind("executors", "process_executor", (w, p) -> "{\"provisionalRole\":\"Matrix role\",\"version\":0}"));
    }

    private static long first(World w, String table, Process p) {
        return w.fixtures().bean(JdbcClient.class).sql("select min(id) from " + table + " where process_id = ?")
                .param(p.id()).query(Long.class).single();
    }

    /** A measured process that also has a resource (with its supplier) and an executor, so every kind of part exists. */
    private static Process complete(World w, boolean own) {
        Process p = measured(w, own);
        processes(w).resource(w.admin(), p.id(), "Client booking", "Dispatcher", null);
        processes(w).provisionalExecutor(w.admin(), p.id(), "Matrix executor");
        return p;
    }

    static List<Endpoint> apiRows() {
        List<Endpoint> rows = new ArrayList<>();
        rows.add(api(GET, BASE + "{id}/specification", EVERYONE, ORGANIZATION,
                (w, own) -> BASE + process(w, own).id() + "/specification", (w, own) -> null));
        rows.add(api(GET, BASE + "{id}/checks", EVERYONE, ORGANIZATION,
                (w, own) -> BASE + process(w, own).id() + "/checks", (w, own) -> null));
        for (PartKind kind : kinds()) {
            rows.addAll(partRows(kind));
        }
        rows.add(api(GET, BASE + "executed-by/{positionId}", EVERYONE, ORGANIZATION,
                (w, own) -> BASE + "executed-by/" + ProcessMatrixRows.ownerPosition(w).id(), (w, own) -> null));
        rows.add(api(GET, BASE + "provisional-roles", EVERYONE, NONE, (w, own) -> BASE + "provisional-roles", (w, own) -> null));
        rows.add(api(POST, BASE + "provisional-roles/resolve", ARCHITECTS, NONE, (w, own) -> {
            processes(w).provisionalExecutor(w.admin(), process(w, true).id(), "Resolve me");
            return BASE + "provisional-roles/resolve";
        }, (w, own) -> "{\"role\":\"Resolve me\",\"positionId\":" + ProcessMatrixRows.ownerPosition(w).id() + "}"));
        rows.addAll(publication());
        return rows;
    }

    private static List<Endpoint> partRows(PartKind kind) {
        String collection = BASE + "{id}/" + kind.path();
        String item = collection + "/{partId}";
        java.util.Map<World, Process> made = new java.util.WeakHashMap<>();
        return List.of(
                api(POST, collection, EDITORS, UNIT, (w, own) -> {
                    Process p = complete(w, own);
                    made.put(w, p);
                    return BASE + p.id() + "/" + kind.path();
                }, (w, own) -> kind.body().apply(w, made.get(w))),
                api(PUT, item, EDITORS, UNIT, (w, own) -> {
                    Process p = complete(w, own);
                    made.put(w, p);
                    return BASE + p.id() + "/" + kind.path() + "/" + first(w, kind.table(), p);
                }, (w, own) -> kind.body().apply(w, made.get(w))),
                api(DELETE, item, EDITORS, UNIT, (w, own) -> {
                    Process p = complete(w, own);
                    long part = kind.path().equals("executors") || kind.path().equals("indicators")
                            || kind.path().equals("resources") ? first(w, kind.table(), p) : unused(w, kind, p);
                    return BASE + p.id() + "/" + kind.path() + "/" + part + "?version=0";
                }, (w, own) -> null));
    }

    /** A part nothing depends on, so that deleting it is allowed: a fresh client, goal, result or supplier. */
    private static long unused(World w, PartKind kind, Process p) {
        var f = processes(w);
        return switch (kind.path()) {
            case "clients" -> f.client(w.admin(), p.id(), "Spare client");
            case "goals" -> f.goal(w.admin(), p.id(), first(w, "process_client", p), "Spare goal");
            case "results" -> f.result(w.admin(), p.id(), "Spare result");
            default -> {
                var s = new org.uptake.process.spec.SpecificationForms.Supplier();
                s.setName("Spare supplier");
                yield f.edits.addSupplier(w.admin(), p.id(), s);
            }
        };
    }

    private static List<Endpoint> publication() {
        return List.of(
                api(POST, BASE + "{id}/submit", EDITORS, UNIT, (w, own) -> BASE + measured(w, own).id() + "/submit",
                        (w, own) -> "{\"specVersion\":0}"),
                api(POST, BASE + "{id}/approve", ARCHITECTS, ORGANIZATION, (w, own) -> BASE + measured(w, own).id() + "/approve",
                        (w, own) -> "{\"specVersion\":0}"),
                api(POST, BASE + "{id}/return", EDITORS, UNIT, (w, own) -> BASE + measured(w, own).id() + "/return",
                        (w, own) -> "{\"specVersion\":0,\"comment\":\"Please add the mechanic\"}"),
                api(GET, BASE + "{id}/revisions", EVERYONE, ORGANIZATION, (w, own) -> BASE + approved(w).id() + "/revisions",
                        (w, own) -> null),
                api(GET, BASE + "{id}/revisions/{revision}", EVERYONE, ORGANIZATION,
                        (w, own) -> BASE + approved(w).id() + "/revisions/1", (w, own) -> null));
    }
}
