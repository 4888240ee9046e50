package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.ProgramMatrixRows.EDITORS;
import static org.uptake.matrix.ProgramMatrixRows.PROGRAM_READERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.uptake.shared.Role;
import org.uptake.support.ProgramViewsMatrixWorld;

/**
 * Matrix rows of a program's budget and resources: its coordinator (and deputy, and admins) edit,
 * the team and whole-organisation readers read, everyone else is refused; another organisation's
 * program is not found.
 */
final class BudgetMatrixRows {

    private static final Map<World, ProgramViewsMatrixWorld> WORLDS = new WeakHashMap<>();

    private BudgetMatrixRows() {
    }

    static synchronized ProgramViewsMatrixWorld v(World w) {
        return WORLDS.computeIfAbsent(w, k -> new ProgramViewsMatrixWorld(k.fixtures(), k.admin(), k.user(Role.COORDINATOR),
                ProgramMatrixRows.p(k).program()));
    }

    private static String prog(World w) {
        return "/programs/" + v(w).program();
    }

    private static String apiOf(World w) {
        return "/api/v1/programs/" + v(w).program();
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(pages());
        rows.addAll(apis());
        return rows;
    }

    static List<Endpoint> pages() {
        return List.of(
                page(GET, "/programs/{programId}/budget", PROGRAM_READERS, ORGANIZATION, (w, own) -> prog(w) + "/budget"),
                page(POST, "/programs/{programId}/budget/currency", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/budget/currency",
                        (w, own) -> "currency=EUR&version=0"),
                page(POST, "/programs/{programId}/budget/lines", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/budget/lines",
                        (w, own) -> "kind=FINANCIAL&title=Matrix&planned=10&currency=EUR"),
                page(GET, "/programs/{programId}/budget/lines/{lineId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/budget/lines/" + v(w).budgetLine()),
                page(POST, "/programs/{programId}/budget/lines/{lineId}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/budget/lines/" + v(w).budgetLine(),
                        (w, own) -> "kind=TECHNICAL&title=Changed&planned=20&currency=EUR&version=0"),
                page(POST, "/programs/{programId}/budget/lines/{lineId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/budget/lines/" + v(w).budgetLine() + "/delete", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/budget/lines/{lineId}/actuals", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/budget/lines/" + v(w).budgetLine() + "/actuals",
                        (w, own) -> "spentOn=2026-01-05&amount=5&currency=EUR"),
                page(POST, "/programs/{programId}/budget/allocations", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/budget/allocations",
                        (w, own) -> "personId=" + v(w).person() + "&hoursPerWeek=8&startsOn=2030-03-04&endsOn=2030-03-29"),
                page(POST, "/programs/{programId}/budget/capacity", EDITORS, ORGANIZATION, (w, own) -> prog(w) + "/budget/capacity",
                        (w, own) -> "personId=" + v(w).allocatedPerson() + "&hoursPerWeek=32"),
                page(GET, "/programs/{programId}/budget/allocations/{allocationId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> prog(w) + "/budget/allocations/" + v(w).allocation()),
                page(POST, "/programs/{programId}/budget/allocations/{allocationId}", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/budget/allocations/" + v(w).allocation(),
                        (w, own) -> "personId=" + v(w).person() + "&hoursPerWeek=6&startsOn=2030-03-04&endsOn=2030-03-29&version=0"),
                page(POST, "/programs/{programId}/budget/allocations/{allocationId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> prog(w) + "/budget/allocations/" + v(w).allocation() + "/delete", (w, own) -> "version=0"));
    }

    static List<Endpoint> apis() {
        return List.of(
                api(GET, "/api/v1/programs/{programId}/budget", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w) + "/budget",
                        (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/budget", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/budget",
                        (w, own) -> "{\"currency\":\"EUR\",\"version\":0}"),
                api(GET, "/api/v1/programs/{programId}/budget/lines", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/budget/lines", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/budget/lines", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/budget/lines",
                        (w, own) -> "{\"kind\":\"PERSONNEL\",\"title\":\"M\",\"plannedMinor\":100,\"currency\":\"EUR\"}"),
                api(GET, "/api/v1/programs/{programId}/budget/lines/{lineId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/budget/lines/" + v(w).budgetLine(), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/budget/lines/{lineId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/budget/lines/" + v(w).budgetLine(),
                        (w, own) -> "{\"kind\":\"PERSONNEL\",\"title\":\"M2\",\"plannedMinor\":200,\"currency\":\"EUR\",\"version\":0}"),
                api(DELETE, "/api/v1/programs/{programId}/budget/lines/{lineId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/budget/lines/" + v(w).budgetLine() + "?version=0", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/budget/lines/{lineId}/actuals", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/budget/lines/" + v(w).budgetLine() + "/actuals", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/budget/lines/{lineId}/actuals", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/budget/lines/" + v(w).budgetLine() + "/actuals",
                        (w, own) -> "{\"spentOn\":\"2026-01-05\",\"amountMinor\":500,\"currency\":\"EUR\"}"),
                api(GET, "/api/v1/programs/{programId}/allocations", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/allocations", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/allocations/load", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/allocations/load", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/allocations", EDITORS, ORGANIZATION, (w, own) -> apiOf(w) + "/allocations",
                        (w, own) -> "{\"personId\":" + v(w).person() + ",\"hoursPerWeek\":8,\"startsOn\":\"2030-03-04\",\"endsOn\":\"2030-03-29\"}"),
                api(GET, "/api/v1/programs/{programId}/allocations/{allocationId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/allocations/" + v(w).allocation(), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/allocations/{allocationId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/allocations/" + v(w).allocation(),
                        (w, own) -> "{\"personId\":" + v(w).person() + ",\"hoursPerWeek\":4,\"startsOn\":\"2030-03-04\",\"endsOn\":\"2030-03-29\",\"version\":0}"),
                api(DELETE, "/api/v1/programs/{programId}/allocations/{allocationId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/allocations/" + v(w).allocation() + "?version=0", (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/allocations/capacity/{personId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/allocations/capacity/" + v(w).allocatedPerson(), (w, own) -> "{\"hoursPerWeek\":30}"));
    }
}
