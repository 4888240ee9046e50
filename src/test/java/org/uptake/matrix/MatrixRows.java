package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.http.HttpMethod.DELETE;
import static org.uptake.matrix.Endpoint.ADMINS;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.open;
import static org.uptake.matrix.Endpoint.page;

import java.util.ArrayList;
import java.util.List;
import org.uptake.org.position.Position;

/** The rows of the permission matrix, one per endpoint. Later capabilities append theirs. */
final class MatrixRows {

    private MatrixRows() {
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>();
        rows.addAll(shell());
        rows.addAll(positions());
        rows.addAll(OrgMatrixRows.all());
        rows.addAll(ImportMatrixRows.all());
        rows.addAll(AccessMatrixRows.all());
        rows.addAll(ProcessMatrixRows.all());
        rows.addAll(CompetencyMatrixRows.all());
        rows.addAll(CompetencyProfileMatrixRows.all());
        rows.addAll(StandardMatrixRows.all());
        rows.addAll(SessionMatrixRows.all());
        rows.addAll(ApprovalMatrixRows.all());
        rows.addAll(ProgramMatrixRows.all());
        rows.addAll(BudgetMatrixRows.all());
        rows.addAll(RiskMatrixRows.all());
        rows.addAll(PlanViewsMatrixRows.all());
        rows.addAll(RolloutMatrixRows.all());
        rows.addAll(TrainingMatrixRows.all());
        rows.addAll(SupportMatrixRows.all());
        rows.addAll(SurveyMatrixRows.all());
        rows.addAll(MeasureMatrixRows.all());
        rows.addAll(GovernanceMatrixRows.all());
        rows.addAll(StakeholderMatrixRows.all());
        rows.addAll(CommunicationMatrixRows.all());
        rows.addAll(ProcurementMatrixRows.all());
        rows.addAll(SupplierMatrixRows.all());
        rows.addAll(ClosureMatrixRows.all());
        rows.addAll(SelectionMatrixRows.all());
        rows.addAll(ReportMatrixRows.all());
        return rows;
    }

    static List<Endpoint> shell() {
        return List.of(
                open(GET, "/login", "/login"),
                open(POST, "/language", "/language?lang=de&back=/"),
                page(GET, "/", EVERYONE, NONE, (w, own) -> "/"));
    }

    private static Position position(World w) {
        return w.fixtures().position(w.admin(), "Matrix position");
    }

    static List<Endpoint> positions() {
        return List.of(
                page(GET, "/positions", EVERYONE, NONE, (w, own) -> "/positions?q=a"),
                page(GET, "/positions/new", ADMINS, NONE, (w, own) -> "/positions/new"),
                page(POST, "/positions", ADMINS, NONE, (w, own) -> "/positions",
                        (w, own) -> "code=M" + org.uptake.support.Fixtures.next() + "&title=Matrix"),
                page(GET, "/positions/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/positions/" + position(w).id()),
                page(GET, "/positions/{id}/edit", ADMINS, ORGANIZATION, (w, own) -> "/positions/" + position(w).id() + "/edit"),
                page(POST, "/positions/{id}", ADMINS, ORGANIZATION, (w, own) -> "/positions/" + position(w).id(),
                        (w, own) -> "code=M" + org.uptake.support.Fixtures.next() + "&title=Changed&version=0"),
                page(POST, "/positions/{id}/delete", ADMINS, ORGANIZATION,
                        (w, own) -> "/positions/" + position(w).id() + "/delete?version=0"),
                api(GET, "/api/v1/positions", EVERYONE, NONE, (w, own) -> "/api/v1/positions", (w, own) -> null),
                api(GET, "/api/v1/positions/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1/positions/" + position(w).id(),
                        (w, own) -> null),
                api(POST, "/api/v1/positions", ADMINS, NONE, (w, own) -> "/api/v1/positions",
                        (w, own) -> "{\"code\":\"M" + org.uptake.support.Fixtures.next() + "\",\"title\":\"Matrix\"}"),
                api(PUT, "/api/v1/positions/{id}", ADMINS, ORGANIZATION, (w, own) -> "/api/v1/positions/" + position(w).id(),
                        (w, own) -> "{\"code\":\"M" + org.uptake.support.Fixtures.next() + "\",\"title\":\"Changed\",\"version\":0}"),
                api(DELETE, "/api/v1/positions/{id}", ADMINS, ORGANIZATION,
                        (w, own) -> "/api/v1/positions/" + position(w).id() + "?version=0", (w, own) -> null));
    }
}
