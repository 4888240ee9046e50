package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.uptake.matrix.CompetencyMatrixRows.MANAGERS;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.util.List;
import java.util.Map;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.assessment.LevelsForm;
import org.uptake.competency.session.SessionRequestForm;
import org.uptake.competency.session.SessionRequestService;

/**
 * Training session requests from the gap matrix: coordinators and admins for any unit, unit heads
 * for their subtree (own = the head's unit, other = a unit outside it); nobody else.
 */
final class SessionMatrixRows {

    private SessionMatrixRows() {
    }

    /** A person of the unit with an agreed gap in a fresh competency: what a request needs. Answers the competency. */
    static long gap(World w, boolean own) {
        long person = CompetencyProfileMatrixRows.assessable(w, own);
        var assessments = w.fixtures().bean(AssessmentService.class);
        var a = assessments.start(w.admin(), person);
        var levels = new LevelsForm();
        levels.setLevels(Map.of(a.items().getFirst().competencyId(), 0));
        levels.setVersion(a.version());
        assessments.agree(w.admin(), a.id(), levels);
        return a.items().getFirst().competencyId();
    }

    static String body(World w, boolean own) {
        return "{\"unitId\":" + w.unit(own) + ",\"competencyId\":" + gap(w, own) + "}";
    }

    static String form(World w, boolean own) {
        return "unitId=" + w.unit(own) + "&competencyId=" + gap(w, own);
    }

    static long request(World w, boolean own) {
        var f = new SessionRequestForm();
        f.setUnitId(w.unit(own));
        f.setCompetencyId(gap(w, own));
        return w.fixtures().bean(SessionRequestService.class).request(w.admin(), f).id();
    }

    static List<Endpoint> all() {
        String api = "/api/v1/training-session-requests";
        return List.of(
                api(GET, api, MANAGERS, UNIT, (w, own) -> api + "?unitId=" + w.unit(own), (w, own) -> null),
                api(POST, api, MANAGERS, UNIT, (w, own) -> api, SessionMatrixRows::body),
                api(GET, api + "/{id}", MANAGERS, UNIT, (w, own) -> api + "/" + request(w, own), (w, own) -> null),
                api(POST, api + "/{id}/cancel", MANAGERS, UNIT, (w, own) -> api + "/" + request(w, own) + "/cancel?version=0",
                        (w, own) -> null),
                page(GET, "/assessments/sessions", MANAGERS, UNIT, (w, own) -> "/assessments/sessions?unitId=" + w.unit(own)),
                page(POST, "/assessments/sessions", MANAGERS, UNIT, (w, own) -> "/assessments/sessions", SessionMatrixRows::form),
                page(GET, "/assessments/sessions/{id}", MANAGERS, UNIT, (w, own) -> "/assessments/sessions/" + request(w, own)),
                page(POST, "/assessments/sessions/{id}/cancel", MANAGERS, UNIT,
                        (w, own) -> "/assessments/sessions/" + request(w, own) + "/cancel?version=0"));
    }
}
