package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.ProcessMatrixRows.ARCHITECTS;
import static org.uptake.matrix.ProcessMatrixRows.EDITORS;
import static org.uptake.matrix.ProcessMatrixRows.approved;
import static org.uptake.matrix.ProcessMatrixRows.measured;
import static org.uptake.matrix.ProcessMatrixRows.ownerPosition;
import static org.uptake.matrix.ProcessMatrixRows.process;
import static org.uptake.matrix.ProcessMatrixRows.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.process.catalog.Process;
import org.uptake.support.Fixtures;

/** Matrix rows of the process catalog's and specifications' pages. */
final class ProcessPageMatrixRows {

    private static final String BASE = "/processes/";

    private ProcessPageMatrixRows() {
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(catalog());
        for (String[] part : parts()) {
            rows.addAll(partRows(part[0], part[1], part[2]));
        }
        rows.addAll(publication());
        return rows;
    }

    private static String ownerField(World w, boolean own) {
        return own ? "&ownerPositionId=" + ownerPosition(w).id() : "";
    }

    static List<Endpoint> catalog() {
        return List.of(
                page(GET, "/processes", EVERYONE, NONE, (w, own) -> "/processes"),
                page(GET, "/processes/list", EVERYONE, NONE, (w, own) -> "/processes/list?q=a&level=1"),
                page(GET, "/processes/picker", EVERYONE, NONE, (w, own) -> "/processes/picker?q=a"),
                page(GET, "/processes/position-picker", EVERYONE, NONE, (w, own) -> "/processes/position-picker?q=a"),
                page(GET, "/processes/result-picker", EVERYONE, NONE, (w, own) -> "/processes/result-picker?q=a"),
                page(GET, "/processes/checks", EVERYONE, NONE, (w, own) -> "/processes/checks"),
                page(POST, "/processes/checks/resolve", ARCHITECTS, NONE, (w, own) -> {
                    processes(w).provisionalExecutor(w.admin(), process(w, true).id(), "Page role");
                    return "/processes/checks/resolve";
                }, (w, own) -> "role=Page+role&positionId=" + ownerPosition(w).id()),
                page(GET, "/processes/{id}", EVERYONE, ORGANIZATION, (w, own) -> BASE + measured(w, own).id()),
                page(GET, "/processes/{id}/branch", EVERYONE, ORGANIZATION, (w, own) -> BASE + process(w, own).id() + "/branch"),
                page(GET, "/processes/new", ARCHITECTS, NONE, (w, own) -> "/processes/new"),
                page(POST, "/processes", ARCHITECTS, NONE, (w, own) -> "/processes",
                        (w, own) -> "name=Matrix+" + Fixtures.next() + "&repeatsRegularly=true"),
                page(GET, "/processes/{id}/edit", EDITORS, UNIT, (w, own) -> BASE + process(w, own).id() + "/edit"),
                page(POST, "/processes/{id}", EDITORS, UNIT, (w, own) -> BASE + process(w, own).id(),
                        (w, own) -> "name=Changed&repeatsRegularly=true&version=1" + ownerField(w, own)),
                page(GET, "/processes/{id}/move", ARCHITECTS, ORGANIZATION, (w, own) -> BASE + process(w, own).id() + "/move"),
                page(POST, "/processes/{id}/move", ARCHITECTS, ORGANIZATION, (w, own) -> BASE + process(w, own).id() + "/move",
                        (w, own) -> "version=1"),
                page(POST, "/processes/{id}/delete", ARCHITECTS, ORGANIZATION,
                        (w, own) -> BASE + process(w, own).id() + "/delete", (w, own) -> "version=1"));
    }

    /** Path, table and a valid form body for each part (the body may name the process's first client or goal). */
    private static List<String[]> parts() {
        return List.of(
                new String[]{"clients", "process_client", "name=Mechanic&kind=INTERNAL&version=0"},
                new String[]{"goals", "process_goal", "clientId={process_client}&text=Clear+work&version=0"},
                new String[]{"results", "process_result", "text=Defect+card&version=0"},
                new String[]{"indicators", "process_indicator", "goalId={process_goal}&name=Ticket&methodsText=Sum&version=0"},
                new String[]{"resources", "process_resource", "name=Parts&kind=RENEWABLE&newSupplierName=Supply&version=0"},
                new String[]{"suppliers", "process_supplier", "name=IT&kind=UNIT&version=0"},
                new String[]{"executors", "process_executor", "provisionalRole=Page+role&version=0"});
    }

    private static long first(World w, String table, long processId) {
        return w.fixtures().bean(JdbcClient.class).sql("select min(id) from " + table + " where process_id = ?")
                .param(processId).query(Long.class).single();
    }

    private static Process complete(World w, boolean own) {
        Process p = measured(w, own);
        processes(w).resource(w.admin(), p.id(), "Client booking", "Dispatcher", null);
        processes(w).provisionalExecutor(w.admin(), p.id(), "Page executor");
        return p;
    }

    private static String body(World w, long processId, String template) {
        return template.replace("{process_client}", String.valueOf(first(w, "process_client", processId)))
                .replace("{process_goal}", String.valueOf(first(w, "process_goal", processId)));
    }

    private static List<Endpoint> partRows(String path, String table, String form) {
        Map<World, Long> made = new WeakHashMap<>();
        String collection = BASE + "{id}/" + path;
        return List.of(
                page(POST, collection, EDITORS, UNIT, (w, own) -> {
                    long id = complete(w, own).id();
                    made.put(w, id);
                    return BASE + id + "/" + path;
                }, (w, own) -> body(w, made.get(w), form)),
                page(POST, collection + "/{partId}", EDITORS, UNIT, (w, own) -> {
                    long id = complete(w, own).id();
                    made.put(w, id);
                    return BASE + id + "/" + path + "/" + first(w, table, id);
                }, (w, own) -> body(w, made.get(w), form)),
                page(POST, collection + "/{partId}/delete", EDITORS, UNIT, (w, own) -> {
                    long id = complete(w, own).id();
                    return BASE + id + "/" + path + "/" + first(w, table, id) + "/delete";
                }, (w, own) -> "version=0"));
    }

    private static List<Endpoint> publication() {
        return List.of(
                page(POST, "/processes/{id}/submit", EDITORS, UNIT, (w, own) -> BASE + measured(w, own).id() + "/submit",
                        (w, own) -> "specVersion=0"),
                page(POST, "/processes/{id}/approve", ARCHITECTS, ORGANIZATION,
                        (w, own) -> BASE + measured(w, own).id() + "/approve", (w, own) -> "specVersion=0"),
                page(POST, "/processes/{id}/return", EDITORS, UNIT, (w, own) -> BASE + measured(w, own).id() + "/return",
                        (w, own) -> "specVersion=0&comment=Withdrawn"),
                page(GET, "/processes/{id}/revisions/{revision}", EVERYONE, ORGANIZATION,
                        (w, own) -> BASE + approved(w).id() + "/revisions/1"));
    }
}
