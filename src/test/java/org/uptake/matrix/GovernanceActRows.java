package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.uptake.matrix.BudgetMatrixRows.v;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.ProgramMatrixRows.EDITORS;
import static org.uptake.matrix.ProgramMatrixRows.PROGRAM_READERS;

import java.util.List;
import org.uptake.governance.act.ActRegisterService;
import org.uptake.governance.act.LocalActChangeForm;

/** The program's act registers: its readers read them, its editors keep them, another organisation finds nothing. */
final class GovernanceActRows {

    private static final String LEGAL_JSON = "{\"title\":\"Labour Code, art. 195.3\",\"level\":\"federal\"}";
    private static final String LOCAL_JSON = "{\"title\":\"Regulation on remuneration\",\"changeNeeded\":\"Refer to the standard\"}";

    private GovernanceActRows() {
    }

    private static long program(World w) {
        return v(w).program();
    }

    private static String change(World w) {
        long id = w.fixtures().bean(ActRegisterService.class).addLocalChange(w.admin(), program(w),
                new LocalActChangeForm("Job descriptions", "Align titles", null, null, null)).id();
        return "/programs/" + program(w) + "/governance/local-act-changes/" + id + "/done";
    }

    static List<Endpoint> all() {
        return List.of(
                api(GET, "/api/v1/programs/{programId}/legal-acts", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + program(w) + "/legal-acts", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/legal-acts", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + program(w) + "/legal-acts", (w, own) -> LEGAL_JSON),
                api(GET, "/api/v1/programs/{programId}/local-act-changes", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + program(w) + "/local-act-changes", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/local-act-changes", EDITORS, ORGANIZATION,
                        (w, own) -> "/api/v1/programs/" + program(w) + "/local-act-changes", (w, own) -> LOCAL_JSON),
                api(POST, "/api/v1/programs/{programId}/local-act-changes/{id}/done", EDITORS, ORGANIZATION,
                        (w, own) -> "/api" + "/v1" + change(w).replace("/governance", "") + "?version=0", (w, own) -> null),
                page(GET, "/programs/{programId}/governance", PROGRAM_READERS, ORGANIZATION,
                        (w, own) -> "/programs/" + program(w) + "/governance"),
                page(POST, "/programs/{programId}/governance/legal-acts", EDITORS, ORGANIZATION,
                        (w, own) -> "/programs/" + program(w) + "/governance/legal-acts", (w, own) -> "title=Labour+Code"),
                page(POST, "/programs/{programId}/governance/local-act-changes", EDITORS, ORGANIZATION,
                        (w, own) -> "/programs/" + program(w) + "/governance/local-act-changes",
                        (w, own) -> "title=Remuneration&changeNeeded=Refer+to+the+standard"),
                page(POST, "/programs/{programId}/governance/local-act-changes/{id}/done", EDITORS, ORGANIZATION,
                        (w, own) -> change(w), (w, own) -> "version=0"));
    }
}
