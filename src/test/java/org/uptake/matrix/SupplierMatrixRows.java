package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.BudgetMatrixRows.v;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.ProgramMatrixRows.EDITORS;
import static org.uptake.matrix.ProgramMatrixRows.PROGRAM_READERS;

import java.time.LocalDate;
import java.util.List;
import org.uptake.procurement.supplier.DeliveryForm;
import org.uptake.procurement.supplier.KickoffForm;
import org.uptake.procurement.supplier.SupplierForm;
import org.uptake.procurement.supplier.SupplierKind;
import org.uptake.procurement.supplier.SupplierService;

/** Matrix rows of a program's vendors and integrators: the program's editors record, its readers read. */
final class SupplierMatrixRows {

    private static final String SUPPLIER_FORM = "name=Integrator&kind=INTEGRATOR&version=0";
    private static final String SUPPLIER_JSON = "{\"name\":\"Integrator\",\"kind\":\"INTEGRATOR\",\"version\":0}";
    private static final String KICKOFF_FORM = "heldOn=2026-01-05&goals=G&team=T&contractFormat=C&acceptanceProcess=A&version=0";
    private static final String KICKOFF_JSON =
            "{\"heldOn\":\"2026-01-05\",\"goals\":\"G\",\"team\":\"T\",\"contractFormat\":\"C\",\"acceptanceProcess\":\"A\",\"version\":0}";

    private SupplierMatrixRows() {
    }

    private static SupplierService suppliers(World w) {
        return w.fixtures().bean(SupplierService.class);
    }

    private static long supplier(World w) {
        return suppliers(w).create(w.admin(), v(w).program(), new SupplierForm("Integrator", SupplierKind.INTEGRATOR, null, 0)).id();
    }

    private static long withKickoff(World w) {
        long id = supplier(w);
        suppliers(w).saveKickoff(w.admin(), v(w).program(), id, new KickoffForm(LocalDate.of(2026, 1, 5), "G", "T", "C", "A", 0));
        return id;
    }

    private static String stage(World w) {
        long id = supplier(w);
        long stage = suppliers(w).addDelivery(w.admin(), v(w).program(), id, new DeliveryForm("Stage 1", LocalDate.of(2026, 1, 5))).id();
        return id + "/stages/" + stage;
    }

    private static String pageUrl(World w, String rest) {
        return "/programs/" + v(w).program() + "/procurement/suppliers" + rest;
    }

    private static String rest(World w, String rest) {
        return "/api/v1/programs/" + v(w).program() + "/suppliers" + rest;
    }

    private static String person(World w) {
        return Long.toString(w.fixtures().person(w.admin(), "Matrix approver", null, null).id());
    }

    static List<Endpoint> all() {
        return List.of(
                page(POST, "/programs/{programId}/procurement/suppliers", EDITORS, ORGANIZATION,
                        (w, own) -> pageUrl(w, ""), (w, own) -> SUPPLIER_FORM),
                page(GET, "/programs/{programId}/procurement/suppliers/{id}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> pageUrl(w, "/" + supplier(w))),
                page(POST, "/programs/{programId}/procurement/suppliers/{id}", EDITORS, ORGANIZATION,
                        (w, own) -> pageUrl(w, "/" + supplier(w)), (w, own) -> SUPPLIER_FORM),
                page(POST, "/programs/{programId}/procurement/suppliers/{id}/kickoff", EDITORS, ORGANIZATION,
                        (w, own) -> pageUrl(w, "/" + supplier(w) + "/kickoff"), (w, own) -> KICKOFF_FORM),
                page(POST, "/programs/{programId}/procurement/suppliers/{id}/meetings", EDITORS, ORGANIZATION,
                        (w, own) -> pageUrl(w, "/" + supplier(w) + "/meetings"), (w, own) -> "heldOn=2026-01-05&attendees=PM"),
                page(POST, "/programs/{programId}/procurement/suppliers/{id}/stages", EDITORS, ORGANIZATION,
                        (w, own) -> pageUrl(w, "/" + supplier(w) + "/stages"), (w, own) -> "stage=Stage+1&deliveredOn=2026-01-05"),
                page(POST, "/programs/{programId}/procurement/suppliers/{id}/stages/{stageId}/acceptance", EDITORS, ORGANIZATION,
                        (w, own) -> pageUrl(w, "/" + stage(w) + "/acceptance"), (w, own) -> "approverPersonIds=" + person(w) + "&version=0"),
                api(GET, "/api/v1/programs/{programId}/suppliers", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, ""), (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/suppliers", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, ""), (w, own) -> SUPPLIER_JSON),
                api(GET, "/api/v1/programs/{programId}/suppliers/{supplierId}", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "/" + supplier(w)), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/suppliers/{supplierId}", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "/" + supplier(w)), (w, own) -> SUPPLIER_JSON),
                api(GET, "/api/v1/programs/{programId}/suppliers/{supplierId}/kickoff", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "/" + withKickoff(w) + "/kickoff"), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/suppliers/{supplierId}/kickoff", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "/" + supplier(w) + "/kickoff"), (w, own) -> KICKOFF_JSON),
                api(GET, "/api/v1/programs/{programId}/suppliers/{supplierId}/meetings", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "/" + supplier(w) + "/meetings"), (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/suppliers/{supplierId}/meetings", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "/" + supplier(w) + "/meetings"), (w, own) -> "{\"heldOn\":\"2026-01-05\",\"attendees\":\"PM\"}"),
                api(GET, "/api/v1/programs/{programId}/suppliers/{supplierId}/stages", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> rest(w, "/" + supplier(w) + "/stages"), (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/suppliers/{supplierId}/stages", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "/" + supplier(w) + "/stages"), (w, own) -> "{\"stage\":\"S1\",\"deliveredOn\":\"2026-01-05\"}"),
                api(POST, "/api/v1/programs/{programId}/suppliers/{supplierId}/stages/{stageId}/acceptance", EDITORS, ORGANIZATION,
                        (w, own) -> rest(w, "/" + stage(w) + "/acceptance"),
                        (w, own) -> "{\"approverPersonIds\":[" + person(w) + "],\"version\":0}"));
    }
}
