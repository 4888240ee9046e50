package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.ADMINS;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.ProcessMatrixRows.ARCHITECTS;
import static org.uptake.matrix.ProcessMatrixRows.EDITORS;
import static org.uptake.matrix.ProcessMatrixRows.ownerPosition;
import static org.uptake.matrix.ProcessMatrixRows.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.uptake.process.assessment.ApproachAssessmentForm;
import org.uptake.process.assessment.ApproachAssessmentService;
import org.uptake.process.catalog.Process;
import org.uptake.process.centre.CentreForms;
import org.uptake.process.centre.CentreService;
import org.uptake.process.centre.ResponsibilityCentre;
import org.uptake.process.document.DocumentForm;
import org.uptake.process.document.DocumentService;
import org.uptake.process.document.ProcessDocument;
import org.uptake.support.Fixtures;

/** Matrix rows of the strategy, map, self-assessment, documents, responsibility centres, RACI and concept exports. */
final class ProcessOrganisationMatrixRows {

    private ProcessOrganisationMatrixRows() {
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(mapStrategyAssessment());
        rows.addAll(documents());
        rows.addAll(centres());
        rows.addAll(raciAndConcept());
        return rows;
    }

    private static long assessment(World w) {
        return w.fixtures().bean(ApproachAssessmentService.class).record(w.admin(), new ApproachAssessmentForm()).id();
    }

    static List<Endpoint> mapStrategyAssessment() {
        String strategy = "clients=Car+owners&baseRevision=0";
        return List.of(
                page(GET, "/processes/map", EVERYONE, NONE, (w, own) -> "/processes/map"),
                page(GET, "/processes/map/data", EVERYONE, NONE, (w, own) -> "/processes/map/data"),
                api(GET, "/api/v1/processes/map", EVERYONE, NONE, (w, own) -> "/api/v1/processes/map", (w, own) -> null),
                page(GET, "/processes/strategy", EVERYONE, NONE, (w, own) -> "/processes/strategy"),
                page(POST, "/processes/strategy", ARCHITECTS, NONE, (w, own) -> "/processes/strategy", (w, own) -> strategy),
                page(GET, "/processes/strategy/{revision}", EVERYONE, NONE, (w, own) -> "/processes/strategy/1"),
                api(GET, "/api/v1/processes/strategy", EVERYONE, NONE, (w, own) -> "/api/v1/processes/strategy", (w, own) -> null),
                api(PUT, "/api/v1/processes/strategy", ARCHITECTS, NONE, (w, own) -> "/api/v1/processes/strategy",
                        (w, own) -> "{\"clients\":\"Car owners\",\"baseRevision\":0}"),
                api(GET, "/api/v1/processes/strategy/revisions", EVERYONE, NONE,
                        (w, own) -> "/api/v1/processes/strategy/revisions", (w, own) -> null),
                api(GET, "/api/v1/processes/strategy/revisions/{revision}", EVERYONE, NONE,
                        (w, own) -> "/api/v1/processes/strategy/revisions/1", (w, own) -> null),
                page(GET, "/processes/assessments", EVERYONE, NONE, (w, own) -> "/processes/assessments"),
                page(GET, "/processes/assessments/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/processes/assessments/" + assessment(w)),
                page(POST, "/processes/assessments", ARCHITECTS, NONE, (w, own) -> "/processes/assessments",
                        (w, own) -> "scores[0]=1&scores[1]=2&scores[2]=0&scores[3]=0&scores[4]=0&scores[5]=4"),
                api(GET, "/api/v1/processes/assessments", EVERYONE, NONE, (w, own) -> "/api/v1/processes/assessments", (w, own) -> null),
                api(GET, "/api/v1/processes/assessments/{id}", EVERYONE, ORGANIZATION,
                        (w, own) -> "/api/v1/processes/assessments/" + assessment(w), (w, own) -> null),
                api(POST, "/api/v1/processes/assessments", ARCHITECTS, NONE, (w, own) -> "/api/v1/processes/assessments",
                        (w, own) -> "{\"scores\":[1,1,1,1,1,1]}"));
    }

    /** A regulation (draft, or approved) of a process the unit head owns (own) or not (other). */
    private static ProcessDocument document(World w, boolean own, boolean approve) {
        Process p = process(w, own);
        var form = new DocumentForm();
        form.setTitle("Regulation");
        form.setBody("Text.");
        DocumentService documents = w.fixtures().bean(DocumentService.class);
        ProcessDocument d = documents.create(w.admin(), p.id(), form);
        return approve ? documents.approve(w.admin(), d.id(), d.version()) : d;
    }

    static List<Endpoint> documents() {
        String form = "kind=REGULATION&title=Regulation&body=Text&version=0";
        String json = "{\"kind\":\"REGULATION\",\"title\":\"Regulation\",\"body\":\"Text\",\"version\":0}";
        String api = "/api/v1/processes/";
        return List.of(
                page(GET, "/processes/{id}/documents/new", EDITORS, UNIT, (w, own) -> "/processes/" + process(w, own).id() + "/documents/new"),
                page(POST, "/processes/{id}/documents", EDITORS, UNIT, (w, own) -> "/processes/" + process(w, own).id() + "/documents",
                        (w, own) -> form),
                page(GET, "/processes/documents/{documentId}", EVERYONE, ORGANIZATION,
                        (w, own) -> "/processes/documents/" + document(w, own, false).id()),
                page(GET, "/processes/documents/{documentId}/edit", EDITORS, UNIT,
                        (w, own) -> "/processes/documents/" + document(w, own, false).id() + "/edit"),
                page(POST, "/processes/documents/{documentId}", EDITORS, UNIT,
                        (w, own) -> "/processes/documents/" + document(w, own, false).id(), (w, own) -> form),
                page(POST, "/processes/documents/{documentId}/approve", EDITORS, UNIT,
                        (w, own) -> "/processes/documents/" + document(w, own, false).id() + "/approve", (w, own) -> "version=0"),
                page(POST, "/processes/documents/{documentId}/delete", EDITORS, UNIT,
                        (w, own) -> "/processes/documents/" + document(w, own, false).id() + "/delete", (w, own) -> "version=0"),
                page(GET, "/processes/documents/{documentId}/revisions/{revision}", EVERYONE, ORGANIZATION,
                        (w, own) -> "/processes/documents/" + document(w, own, true).id() + "/revisions/1"),
                api(GET, api + "{id}/documents", EVERYONE, ORGANIZATION, (w, own) -> api + process(w, own).id() + "/documents",
                        (w, own) -> null),
                api(POST, api + "{id}/documents", EDITORS, UNIT, (w, own) -> api + process(w, own).id() + "/documents",
                        (w, own) -> json),
                api(GET, api + "documents/{documentId}", EVERYONE, ORGANIZATION,
                        (w, own) -> api + "documents/" + document(w, own, false).id(), (w, own) -> null),
                api(PUT, api + "documents/{documentId}", EDITORS, UNIT,
                        (w, own) -> api + "documents/" + document(w, own, false).id(), (w, own) -> json),
                api(DELETE, api + "documents/{documentId}", EDITORS, UNIT,
                        (w, own) -> api + "documents/" + document(w, own, false).id() + "?version=0", (w, own) -> null),
                api(POST, api + "documents/{documentId}/approve", EDITORS, UNIT,
                        (w, own) -> api + "documents/" + document(w, own, false).id() + "/approve?version=0", (w, own) -> null),
                api(GET, api + "documents/{documentId}/revisions", EVERYONE, ORGANIZATION,
                        (w, own) -> api + "documents/" + document(w, own, true).id() + "/revisions", (w, own) -> null),
                api(GET, api + "documents/{documentId}/revisions/{revision}", EVERYONE, ORGANIZATION,
                        (w, own) -> api + "documents/" + document(w, own, true).id() + "/revisions/1", (w, own) -> null));
    }

    private static ResponsibilityCentre centre(World w) {
        var f = new CentreForms.Centre();
        f.setName("Matrix centre " + Fixtures.next());
        return w.fixtures().bean(CentreService.class).create(w.admin(), f);
    }

    /** A centre that serves a process; the function's id is remembered for the row's URL. */
    private static String withFunction(World w, String suffix) {
        ResponsibilityCentre c = centre(w);
        var f = new CentreForms.Function();
        f.setProcessId(process(w, true).id());
        f.setFunction("Serves");
        long function = w.fixtures().bean(CentreService.class).addFunction(w.admin(), c.id(), f);
        return c.id() + "/functions/" + function + suffix;
    }

    static List<Endpoint> centres() {
        String p = "/processes/centres/";
        String a = "/api/v1/processes/centres/";
        Map<World, Long> processFor = new WeakHashMap<>();
        return List.of(
                page(GET, "/processes/centres", EVERYONE, NONE, (w, own) -> "/processes/centres"),
                page(POST, "/processes/centres", ARCHITECTS, NONE, (w, own) -> "/processes/centres",
                        (w, own) -> "name=Centre+" + Fixtures.next()),
                page(GET, p + "{centreId}", EVERYONE, ORGANIZATION, (w, own) -> p + centre(w).id()),
                page(POST, p + "{centreId}", ARCHITECTS, ORGANIZATION, (w, own) -> p + centre(w).id(),
                        (w, own) -> "name=Renamed+" + Fixtures.next() + "&version=0"),
                page(POST, p + "{centreId}/delete", ARCHITECTS, ORGANIZATION, (w, own) -> p + centre(w).id() + "/delete",
                        (w, own) -> "version=0"),
                page(POST, p + "{centreId}/functions", ARCHITECTS, ORGANIZATION, (w, own) -> {
                    processFor.put(w, process(w, true).id());
                    return p + centre(w).id() + "/functions";
                }, (w, own) -> "processId=" + processFor.get(w) + "&function=Serves"),
                page(POST, p + "{centreId}/functions/{functionId}/delete", ARCHITECTS, ORGANIZATION,
                        (w, own) -> p + withFunction(w, "/delete"), (w, own) -> "version=0"),
                page(POST, p + "{centreId}/unit", ADMINS, ORGANIZATION, (w, own) -> p + centre(w).id() + "/unit",
                        (w, own) -> "code=C" + Fixtures.next() + "&version=0"),
                api(GET, "/api/v1/processes/centres", EVERYONE, NONE, (w, own) -> "/api/v1/processes/centres", (w, own) -> null),
                api(POST, "/api/v1/processes/centres", ARCHITECTS, NONE, (w, own) -> "/api/v1/processes/centres",
                        (w, own) -> "{\"name\":\"Centre " + Fixtures.next() + "\"}"),
                api(GET, a + "{centreId}", EVERYONE, ORGANIZATION, (w, own) -> a + centre(w).id(), (w, own) -> null),
                api(PUT, a + "{centreId}", ARCHITECTS, ORGANIZATION, (w, own) -> a + centre(w).id(),
                        (w, own) -> "{\"name\":\"Renamed " + Fixtures.next() + "\",\"version\":0}"),
                api(DELETE, a + "{centreId}", ARCHITECTS, ORGANIZATION, (w, own) -> a + centre(w).id() + "?version=0", (w, own) -> null),
                api(POST, a + "{centreId}/unit", ADMINS, ORGANIZATION, (w, own) -> a + centre(w).id() + "/unit",
                        (w, own) -> "{\"code\":\"C" + Fixtures.next() + "\",\"version\":0}"),
                api(POST, a + "{centreId}/functions", ARCHITECTS, ORGANIZATION, (w, own) -> {
                    processFor.put(w, process(w, true).id());
                    return a + centre(w).id() + "/functions";
                }, (w, own) -> "{\"processId\":" + processFor.get(w) + ",\"function\":\"Serves\"}"),
                api(PUT, a + "{centreId}/functions/{functionId}", ARCHITECTS, ORGANIZATION, (w, own) -> a + withFunction(w, ""),
                        (w, own) -> "{\"processId\":1,\"function\":\"Serves better\",\"version\":0}"),
                api(DELETE, a + "{centreId}/functions/{functionId}", ARCHITECTS, ORGANIZATION,
                        (w, own) -> a + withFunction(w, "?version=0"), (w, own) -> null),
                api(GET, a + "orphans", EVERYONE, NONE, (w, own) -> a + "orphans", (w, own) -> null),
                api(GET, a + "duplicates", EVERYONE, NONE, (w, own) -> a + "duplicates", (w, own) -> null));
    }

    static List<Endpoint> raciAndConcept() {
        Map<World, Long> made = new WeakHashMap<>();
        String c = "/processes/concept";
        return List.of(
                page(GET, "/processes/raci", EVERYONE, NONE, (w, own) -> "/processes/raci"),
                page(POST, "/processes/raci", EDITORS, UNIT, (w, own) -> {
                    made.put(w, process(w, own).id());
                    return "/processes/raci";
                }, (w, own) -> "processId=" + made.get(w) + "&positionId=" + w.fixtures().position(w.admin(), "Informed").id()
                        + "&role=I"),
                api(GET, "/api/v1/processes/raci", EVERYONE, NONE, (w, own) -> "/api/v1/processes/raci", (w, own) -> null),
                api(PUT, "/api/v1/processes/raci", EDITORS, UNIT, (w, own) -> {
                    made.put(w, process(w, own).id());
                    return "/api/v1/processes/raci";
                }, (w, own) -> "{\"processId\":" + made.get(w) + ",\"positionId\":"
                        + w.fixtures().position(w.admin(), "Consulted").id() + ",\"role\":\"C\"}"),
                page(GET, c, EVERYONE, NONE, (w, own) -> c),
                page(GET, c + "/organisational-concept", EVERYONE, NONE, (w, own) -> c + "/organisational-concept"),
                page(GET, c + "/organisational-concept.docx", EVERYONE, NONE, (w, own) -> c + "/organisational-concept.docx"),
                page(GET, c + "/org-structure-regulation", EVERYONE, NONE, (w, own) -> c + "/org-structure-regulation"),
                page(GET, c + "/org-structure-regulation.docx", EVERYONE, NONE, (w, own) -> c + "/org-structure-regulation.docx"),
                page(GET, c + "/organisational-concept.pdf", EVERYONE, NONE, (w, own) -> c + "/organisational-concept.pdf"),
                page(GET, c + "/org-structure-regulation.pdf", EVERYONE, NONE, (w, own) -> c + "/org-structure-regulation.pdf"));
    }
}
