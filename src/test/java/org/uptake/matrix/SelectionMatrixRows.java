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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.uptake.procurement.selection.ScoringService;
import org.uptake.procurement.selection.SelectionForm;
import org.uptake.procurement.selection.SelectionService;
import org.uptake.procurement.selection.VendorForm;
import org.uptake.procurement.selection.VendorService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;

/**
 * Matrix rows of vendor selection. The organisation's COORDINATOR runs the program; its EMPLOYEE is
 * the selection's evaluator (not on the program team): evaluators read the selection and are the only
 * ones who score; the program's readers read it; its editors manage it; another organisation finds nothing.
 */
final class SelectionMatrixRows {

    /** Program readers plus the evaluator. */
    static final Set<Role> SELECTION_READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER, Role.EMPLOYEE);
    static final Set<Role> EVALUATORS = EnumSet.of(Role.EMPLOYEE);

    private static final Map<World, Long> SELECTIONS = new ConcurrentHashMap<>();

    private SelectionMatrixRows() {
    }

    static long program(World w) {
        return ProgramMatrixRows.p(w).program();
    }

    /** The cached selection for reading and non-destructive changes. */
    static long selection(World w) {
        return SELECTIONS.computeIfAbsent(w, SelectionMatrixRows::freshSelection);
    }

    /** A new selection with one shortlisted vendor and the EMPLOYEE user as evaluator. */
    static long freshSelection(World w) {
        Actor coordinator = w.user(Role.COORDINATOR);
        long program = program(w);
        long id = w.fixtures().bean(SelectionService.class).create(coordinator, program, new SelectionForm("Matrix selection "
                + Fixtures.next(), null, "EUR", "BASIC", null, null, null, null, 0)).id();
        vendor(w, id);
        w.fixtures().bean(ScoringService.class).addEvaluator(coordinator, program, id, w.user(Role.EMPLOYEE).personId());
        return id;
    }

    static long vendor(World w, long selection) {
        return w.fixtures().bean(VendorService.class).create(w.user(Role.COORDINATOR), program(w), selection, new VendorForm(
                "Vendor " + Fixtures.next(), null, null, true, false, null, null, 100L, null, null, null, null, null, null, 0)).id();
    }

    static String apiOf(World w) {
        return "/api/v1/programs/" + program(w) + "/selections";
    }

    static String sel(World w) {
        return apiOf(w) + "/" + selection(w);
    }

    private static final String SELECTION_JSON = "{\"title\":\"Matrix\",\"currency\":\"EUR\",\"criteriaSet\":\"BASIC\",\"version\":0}";
    private static final String VENDOR_JSON = "{\"name\":\"Matrix vendor\",\"seats\":500,\"version\":0}";

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(List.of(
                api(GET, "/api/v1/programs/{programId}/selections", PROGRAM_READERS, ORGANIZATION, (w, own) -> apiOf(w),
                        (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/selections", EDITORS, ORGANIZATION, (w, own) -> apiOf(w),
                        (w, own) -> SELECTION_JSON),
                api(GET, "/api/v1/programs/{programId}/selections/{selectionId}", SELECTION_READERS, ORGANIZATION,
                        (w, own) -> sel(w), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/selections/{selectionId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + freshSelection(w), (w, own) -> SELECTION_JSON),
                api(GET, "/api/v1/programs/{programId}/selections/{selectionId}/criteria", SELECTION_READERS, ORGANIZATION,
                        (w, own) -> sel(w) + "/criteria", (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/selections/{selectionId}/criteria", EDITORS, ORGANIZATION,
                        (w, own) -> sel(w) + "/criteria", (w, own) -> "{\"criteria\":[],\"version\":0}"),
                api(GET, "/api/v1/programs/{programId}/selections/{selectionId}/vendors", SELECTION_READERS, ORGANIZATION,
                        (w, own) -> sel(w) + "/vendors", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/selections/{selectionId}/vendors", EDITORS, ORGANIZATION,
                        (w, own) -> sel(w) + "/vendors", (w, own) -> VENDOR_JSON),
                api(GET, "/api/v1/programs/{programId}/selections/{selectionId}/vendors/{vendorId}", SELECTION_READERS,
                        ORGANIZATION, (w, own) -> sel(w) + "/vendors/" + vendor(w, selection(w)), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/selections/{selectionId}/vendors/{vendorId}", EDITORS, ORGANIZATION,
                        (w, own) -> sel(w) + "/vendors/" + vendor(w, selection(w)), (w, own) -> VENDOR_JSON),
                api(DELETE, "/api/v1/programs/{programId}/selections/{selectionId}/vendors/{vendorId}", EDITORS, ORGANIZATION,
                        (w, own) -> sel(w) + "/vendors/" + vendor(w, selection(w)) + "?version=0", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/selections/{selectionId}/commitments", SELECTION_READERS, ORGANIZATION,
                        (w, own) -> sel(w) + "/commitments", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/selections/{selectionId}/vendors/{vendorId}/commitments", EDITORS,
                        ORGANIZATION, (w, own) -> sel(w) + "/vendors/" + vendor(w, selection(w)) + "/commitments",
                        (w, own) -> "{\"title\":\"Pilot\",\"dueOn\":\"2030-06-03\",\"acceptance\":\"Accepted by the sponsor\"}"),
                api(POST, "/api/v1/programs/{programId}/selections/{selectionId}/decision", EDITORS, ORGANIZATION,
                        (w, own) -> sel(w) + "/decision", (w, own) -> "{\"vendorId\":1,\"approverPersonIds\":[],\"version\":0}")));
        rows.addAll(scoring());
        rows.addAll(pages());
        return rows;
    }

    private static List<Endpoint> scoring() {
        return List.of(
                api(GET, "/api/v1/programs/{programId}/selections/{selectionId}/evaluators", SELECTION_READERS, ORGANIZATION,
                        (w, own) -> sel(w) + "/evaluators", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/selections/{selectionId}/evaluators", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + freshSelection(w) + "/evaluators",
                        (w, own) -> "{\"personId\":" + w.user(Role.VIEWER).personId() + "}"),
                api(DELETE, "/api/v1/programs/{programId}/selections/{selectionId}/evaluators/{personId}", EDITORS, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + freshSelection(w) + "/evaluators/" + w.user(Role.EMPLOYEE).personId(),
                        (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/selections/{selectionId}/scores", SELECTION_READERS, ORGANIZATION,
                        (w, own) -> sel(w) + "/scores", (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/selections/{selectionId}/scores", EVALUATORS, ORGANIZATION,
                        (w, own) -> sel(w) + "/scores", (w, own) -> "{\"scores\":[],\"version\":0}"),
                api(POST, "/api/v1/programs/{programId}/selections/{selectionId}/scores/submit", EVALUATORS, ORGANIZATION,
                        (w, own) -> sel(w) + "/scores/submit", (w, own) -> "{\"version\":0}"),
                api(GET, "/api/v1/programs/{programId}/selections/{selectionId}/results", SELECTION_READERS, ORGANIZATION,
                        (w, own) -> sel(w) + "/results", (w, own) -> null));
    }

    static String pageOf(World w) {
        return "/programs/" + program(w) + "/selections";
    }

    static String selPage(World w) {
        return pageOf(w) + "/" + selection(w);
    }

    static long document(World w) {
        return w.fixtures().bean(VendorService.class).addDocument(w.user(Role.COORDINATOR), program(w), selection(w), "Tender",
                "tender.txt", "text/plain", "Requirements".getBytes(java.nio.charset.StandardCharsets.UTF_8)).id();
    }

    private static List<Endpoint> pages() {
        return List.of(
                page(GET, "/programs/{programId}/selections", PROGRAM_READERS, ORGANIZATION, (w, own) -> pageOf(w)),
                page(POST, "/programs/{programId}/selections", EDITORS, ORGANIZATION, (w, own) -> pageOf(w),
                        (w, own) -> "title=Matrix&currency=EUR&criteriaSet=BASIC&version=0"),
                page(GET, "/programs/{programId}/selections/{selectionId}", SELECTION_READERS, ORGANIZATION, (w, own) -> selPage(w)),
                page(POST, "/programs/{programId}/selections/{selectionId}", EDITORS, ORGANIZATION,
                        (w, own) -> pageOf(w) + "/" + freshSelection(w), (w, own) -> "title=Changed&currency=EUR&version=0"),
                page(POST, "/programs/{programId}/selections/{selectionId}/documents", EDITORS, ORGANIZATION,
                        (w, own) -> selPage(w) + "/documents", (w, own) -> "file:tender.csv\na;b"),
                page(GET, "/programs/{programId}/selections/{selectionId}/documents/{documentId}", SELECTION_READERS, ORGANIZATION,
                        (w, own) -> selPage(w) + "/documents/" + document(w)),
                page(POST, "/programs/{programId}/selections/{selectionId}/criteria", EDITORS, ORGANIZATION,
                        (w, own) -> selPage(w) + "/criteria", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/selections/{selectionId}/vendors", EDITORS, ORGANIZATION,
                        (w, own) -> selPage(w) + "/vendors", (w, own) -> "name=Matrix&seats=100"),
                page(POST, "/programs/{programId}/selections/{selectionId}/vendors/{vendorId}/delete", EDITORS, ORGANIZATION,
                        (w, own) -> selPage(w) + "/vendors/" + vendor(w, selection(w)) + "/delete", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/selections/{selectionId}/evaluators", EDITORS, ORGANIZATION,
                        (w, own) -> pageOf(w) + "/" + freshSelection(w) + "/evaluators",
                        (w, own) -> "personId=" + w.user(Role.VIEWER).personId()),
                page(POST, "/programs/{programId}/selections/{selectionId}/scores", EVALUATORS, ORGANIZATION,
                        (w, own) -> selPage(w) + "/scores", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/selections/{selectionId}/decision", EDITORS, ORGANIZATION,
                        (w, own) -> selPage(w) + "/decision", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/selections/{selectionId}/commitments", EDITORS, ORGANIZATION,
                        (w, own) -> selPage(w) + "/commitments", (w, own) -> "title=Pilot&acceptance=Accepted"));
    }
}
