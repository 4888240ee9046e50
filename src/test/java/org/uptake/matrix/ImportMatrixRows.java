package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.uptake.matrix.Endpoint.ADMINS;
import static org.uptake.matrix.Endpoint.READERS_AND_HEADS;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.util.ArrayList;
import java.util.List;
import org.uptake.support.Fixtures;

/** Matrix rows of imports (pages and API, admins only) and of the org model's exports (what each reader may see). */
final class ImportMatrixRows {

    private ImportMatrixRows() {
    }

    private static long job(World w) {
        return w.fixtures().checkedImport(w.admin());
    }

    /** A multipart body as PermissionMatrixTests sends it: "file:" name, newline, content. */
    private static String peopleFile() {
        long n = Fixtures.next();
        return "file:people.csv\nemployee_number,email,full_name\nMX" + n + ",mx" + n + "@example.test,Matrix " + n + "\n";
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(pageRows());
        rows.addAll(apiRows());
        rows.addAll(exports());
        return rows;
    }

    static List<Endpoint> pageRows() {
        return List.of(
                page(GET, "/imports", ADMINS, NONE, (w, own) -> "/imports"),
                page(GET, "/imports/new", ADMINS, NONE, (w, own) -> "/imports/new?kind=people"),
                page(POST, "/imports", ADMINS, NONE, (w, own) -> "/imports?kind=people", (w, own) -> peopleFile()),
                page(GET, "/imports/{id}", ADMINS, ORGANIZATION, (w, own) -> "/imports/" + job(w)),
                page(GET, "/imports/{id}/progress", ADMINS, ORGANIZATION, (w, own) -> "/imports/" + job(w) + "/progress"),
                page(POST, "/imports/{id}/apply", ADMINS, ORGANIZATION, (w, own) -> "/imports/" + job(w) + "/apply",
                        (w, own) -> ""),
                page(GET, "/imports/{id}/errors.csv", ADMINS, ORGANIZATION, (w, own) -> "/imports/" + job(w) + "/errors.csv"),
                page(GET, "/imports/templates/{kind}.csv", ADMINS, NONE, (w, own) -> "/imports/templates/people.csv"),
                page(GET, "/imports/templates/{kind}.xlsx", ADMINS, NONE, (w, own) -> "/imports/templates/people.xlsx"));
    }

    static List<Endpoint> apiRows() {
        return List.of(
                api(POST, "/api/v1/imports/{kind}", ADMINS, NONE, (w, own) -> "/api/v1/imports/people?dryRun=true",
                        (w, own) -> peopleFile()),
                api(GET, "/api/v1/imports", ADMINS, NONE, (w, own) -> "/api/v1/imports", (w, own) -> null),
                api(GET, "/api/v1/imports/{id}", ADMINS, ORGANIZATION, (w, own) -> "/api/v1/imports/" + job(w), (w, own) -> null),
                api(POST, "/api/v1/imports/{id}/apply", ADMINS, ORGANIZATION, (w, own) -> "/api/v1/imports/" + job(w) + "/apply",
                        (w, own) -> null));
    }

    static List<Endpoint> exports() {
        return List.of(
                page(GET, "/exports/people.csv", READERS_AND_HEADS, NONE, (w, own) -> "/exports/people.csv"),
                page(GET, "/exports/people.xlsx", READERS_AND_HEADS, NONE, (w, own) -> "/exports/people.xlsx"),
                page(GET, "/exports/units.csv", READERS_AND_HEADS, NONE, (w, own) -> "/exports/units.csv"),
                page(GET, "/exports/units.xlsx", READERS_AND_HEADS, NONE, (w, own) -> "/exports/units.xlsx"),
                page(GET, "/exports/positions.csv", READERS_AND_HEADS, NONE, (w, own) -> "/exports/positions.csv"),
                page(GET, "/exports/positions.xlsx", READERS_AND_HEADS, NONE, (w, own) -> "/exports/positions.xlsx"));
    }
}
