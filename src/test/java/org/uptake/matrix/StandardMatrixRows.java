package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.CompetencyMatrixRows.ARCHITECTS;
import static org.uptake.matrix.CompetencyMatrixRows.PERSONAL;
import static org.uptake.matrix.Endpoint.ADMINS;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.uptake.competency.standard.MandatoryReason;
import org.uptake.competency.standard.Mapping;
import org.uptake.competency.standard.MappingForm;
import org.uptake.competency.standard.MappingService;
import org.uptake.competency.standard.StandardService;
import org.uptake.support.Fixtures;

/**
 * Matrix rows of professional standards: everyone reads standards and mappings; admins and
 * coordinators (the working group) import, map and attest; only admins rename positions; the
 * compliance matrix is for admins and coordinators; a person's attestations are personal.
 */
final class StandardMatrixRows {

    /** The request body that goes with the URL just built: the URL creates the records both refer to. */
    private static final Map<World, String> BODY = new WeakHashMap<>();

    private StandardMatrixRows() {
    }

    static String xml() {
        return "<professional-standard code=\"M" + Fixtures.next() + "\"><name>Matrix standard</name>"
                + "<activity-goal>Goal</activity-goal><job-title>Service adviser</job-title>"
                + "<generalised-function code=\"A\" level=\"4\" name=\"G\"><labour-function code=\"A/01.4\" level=\"4\" name=\"F\">"
                + "<action>Act</action></labour-function></generalised-function></professional-standard>";
    }

    static long standard(World w) {
        return w.fixtures().bean(StandardService.class).importFile(w.admin(), xml().getBytes(StandardCharsets.UTF_8)).id();
    }

    static long function(World w, long standard) {
        return w.fixtures().bean(StandardService.class).functions(w.admin(), standard).getLast().id();
    }

    /** A position mapped to a fresh standard as mandatory, so its title must be aligned. */
    static Mapping mapping(World w) {
        long s = standard(w);
        var f = new MappingForm();
        f.setPositionId(w.fixtures().position(w.admin(), "Matrix clerk " + Fixtures.next()).id());
        f.setFunctionIds(List.of(function(w, s)));
        f.setMandatory(true);
        f.setMandatoryReason(MandatoryReason.BENEFITS);
        return w.fixtures().bean(MappingService.class).map(w.admin(), s, f);
    }

    static String mapped(World w) {
        return "/standards/mappings/" + mapping(w).id();
    }

    static long holder(World w, Mapping m) {
        return w.fixtures().person(w.admin(), "Matrix holder " + Fixtures.next(), null, m.positionId()).id();
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new java.util.ArrayList<>(apiRows());
        rows.addAll(pages());
        return rows;
    }

    static List<Endpoint> apiRows() {
        String base = "/api/v1/standards";
        return List.of(
                api(GET, base, EVERYONE, NONE, (w, own) -> base, (w, own) -> null),
                api(POST, base, ARCHITECTS, NONE, (w, own) -> base, (w, own) -> "file:s.xml\n" + xml()),
                api(POST, base + "/sample", ARCHITECTS, NONE, (w, own) -> base + "/sample", (w, own) -> null),
                api(GET, base + "/{id}", EVERYONE, ORGANIZATION, (w, own) -> base + "/" + standard(w), (w, own) -> null),
                api(DELETE, base + "/{id}", ARCHITECTS, ORGANIZATION, (w, own) -> base + "/" + standard(w) + "?version=0", (w, own) -> null),
                api(GET, base + "/{id}/mappings", EVERYONE, ORGANIZATION, (w, own) -> base + "/" + standard(w) + "/mappings",
                        (w, own) -> null),
                api(POST, base + "/{id}/mappings", ARCHITECTS, ORGANIZATION, (w, own) -> {
                    long s = standard(w);
                    BODY.put(w, "{\"positionId\":" + w.fixtures().position(w.admin(), "Matrix " + Fixtures.next()).id()
                            + ",\"functionIds\":[" + function(w, s) + "]}");
                    return base + "/" + s + "/mappings";
                }, (w, own) -> BODY.get(w)),
                api(GET, base + "/mappings/{mappingId}", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1" + mapped(w), (w, own) -> null),
                api(PUT, base + "/mappings/{mappingId}", ARCHITECTS, ORGANIZATION, (w, own) -> {
                    Mapping m = mapping(w);
                    BODY.put(w, "{\"positionId\":" + m.positionId() + ",\"functionIds\":" + m.functionIds() + ",\"version\":0}");
                    return "/api/v1/standards/mappings/" + m.id();
                }, (w, own) -> BODY.get(w)),
                api(DELETE, base + "/mappings/{mappingId}", ARCHITECTS, ORGANIZATION, (w, own) -> "/api/v1" + mapped(w) + "?version=0",
                        (w, own) -> null),
                api(POST, base + "/mappings/{mappingId}/title", ADMINS, ORGANIZATION, (w, own) -> "/api/v1" + mapped(w) + "/title",
                        (w, own) -> "{\"title\":\"Service adviser\",\"positionVersion\":0}"),
                api(GET, base + "/mappings/{mappingId}/attestations", ARCHITECTS, ORGANIZATION,
                        (w, own) -> "/api/v1" + mapped(w) + "/attestations", (w, own) -> null),
                api(POST, base + "/mappings/{mappingId}/attestations", ARCHITECTS, ORGANIZATION, (w, own) -> {
                    Mapping m = mapping(w);
                    BODY.put(w, "{\"personId\":" + holder(w, m) + ",\"attainedLevel\":3,\"heldOn\":\"" + LocalDate.now() + "\"}");
                    return "/api/v1/standards/mappings/" + m.id() + "/attestations";
                }, (w, own) -> BODY.get(w)),
                api(GET, base + "/compliance", ARCHITECTS, NONE, (w, own) -> base + "/compliance", (w, own) -> null),
                api(GET, "/api/v1/people/{personId}/attestations", PERSONAL, UNIT,
                        (w, own) -> "/api/v1/people/" + CompetencyMatrixRows.person(w, own) + "/attestations", (w, own) -> null));
    }

    static List<Endpoint> pages() {
        String base = "/competencies/standards";
        return List.of(
                page(GET, base, EVERYONE, NONE, (w, own) -> base),
                page(POST, base, ARCHITECTS, NONE, (w, own) -> base, (w, own) -> "file:s.xml\n" + xml()),
                page(POST, base + "/sample", ARCHITECTS, NONE, (w, own) -> base + "/sample", (w, own) -> ""),
                page(GET, base + "/sample.xml", EVERYONE, NONE, (w, own) -> base + "/sample.xml"),
                page(GET, base + "/compliance", ARCHITECTS, NONE, (w, own) -> base + "/compliance"),
                page(GET, base + "/{id}", EVERYONE, ORGANIZATION, (w, own) -> base + "/" + standard(w)),
                page(POST, base + "/{id}/delete", ARCHITECTS, ORGANIZATION, (w, own) -> base + "/" + standard(w) + "/delete?version=0"),
                page(POST, base + "/{id}/mappings", ARCHITECTS, ORGANIZATION, (w, own) -> {
                    long s = standard(w);
                    BODY.put(w, "positionId=" + w.fixtures().position(w.admin(), "Matrix " + Fixtures.next()).id()
                            + "&functionIds=" + function(w, s));
                    return base + "/" + s + "/mappings";
                }, (w, own) -> BODY.get(w)),
                page(GET, base + "/mappings/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/competencies" + mapped(w)),
                page(POST, base + "/mappings/{id}", ARCHITECTS, ORGANIZATION, (w, own) -> {
                    Mapping m = mapping(w);
                    BODY.put(w, "positionId=" + m.positionId() + "&functionIds=" + m.functionIds().getFirst() + "&version=0");
                    return base + "/mappings/" + m.id();
                }, (w, own) -> BODY.get(w)),
                page(POST, base + "/mappings/{id}/delete", ARCHITECTS, ORGANIZATION,
                        (w, own) -> "/competencies" + mapped(w) + "/delete?version=0"),
                page(POST, base + "/mappings/{id}/title", ADMINS, ORGANIZATION, (w, own) -> "/competencies" + mapped(w) + "/title",
                        (w, own) -> "title=Service+adviser&positionVersion=0"),
                page(POST, base + "/mappings/{id}/attestations", ARCHITECTS, ORGANIZATION, (w, own) -> {
                    Mapping m = mapping(w);
                    BODY.put(w, "personId=" + holder(w, m) + "&attainedLevel=3&heldOn=" + LocalDate.now());
                    return base + "/mappings/" + m.id() + "/attestations";
                }, (w, own) -> BODY.get(w)));
    }
}
