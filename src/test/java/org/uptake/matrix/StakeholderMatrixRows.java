package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uptake.engagement.stakeholder.ActivityForm;
import org.uptake.engagement.stakeholder.AnchoringService;
import org.uptake.engagement.stakeholder.Attitude;
import org.uptake.shared.Role;
import org.uptake.support.EngagementFixtures;

/**
 * Matrix rows of the stakeholder register: attitudes and concerns are seen only by the program's coordinators
 * (the matrix's COORDINATOR user runs the program) and admins — viewers, who read the rest of the program, are
 * refused; another organisation finds nothing. The sponsor's access is shown in StakeholderTests.
 */
final class StakeholderMatrixRows {

    static final Set<Role> REGISTER = EnumSet.of(Role.ADMIN, Role.COORDINATOR);

    private StakeholderMatrixRows() {
    }

    private static long program(World w) {
        return ProgramMatrixRows.p(w).program();
    }

    static long stakeholder(World w) {
        return new EngagementFixtures(w.fixtures()).add(w.user(Role.COORDINATOR), program(w),
                EngagementFixtures.group("Matrix group " + org.uptake.support.Fixtures.next(), 3, 3, Attitude.NEUTRAL)).id();
    }

    private static long activity(World w) {
        var form = new ActivityForm();
        form.setStakeholderId(stakeholder(w));
        form.setTitle("Matrix talk");
        return w.fixtures().bean(AnchoringService.class).create(w.user(Role.COORDINATOR), program(w), form).id();
    }

    private static String pages(World w) {
        return "/programs/" + program(w) + "/stakeholders";
    }

    private static String apiOf(World w) {
        return "/api/v1/programs/" + program(w) + "/stakeholders";
    }

    private static final String FORM = "kind=GROUP&name=Matrix&influence=2&interest=3&attitude=NEUTRAL&version=0";
    private static final String JSON = "{\"kind\":\"GROUP\",\"name\":\"M\",\"influence\":2,\"interest\":3,\"attitude\":\"NEUTRAL\",\"version\":0}";

    static List<Endpoint> all() {
        return List.of(
                page(GET, "/programs/{programId}/stakeholders", REGISTER, ORGANIZATION, (w, own) -> pages(w)),
                page(POST, "/programs/{programId}/stakeholders", REGISTER, ORGANIZATION, (w, own) -> pages(w), (w, own) -> FORM),
                page(GET, "/programs/{programId}/stakeholders/{stakeholderId}", REGISTER, ORGANIZATION,
                        (w, own) -> pages(w) + "/" + stakeholder(w)),
                page(POST, "/programs/{programId}/stakeholders/{stakeholderId}", REGISTER, ORGANIZATION,
                        (w, own) -> pages(w) + "/" + stakeholder(w), (w, own) -> FORM),
                page(POST, "/programs/{programId}/stakeholders/{stakeholderId}/delete", REGISTER, ORGANIZATION,
                        (w, own) -> pages(w) + "/" + stakeholder(w) + "/delete", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/stakeholders/activities", REGISTER, ORGANIZATION,
                        (w, own) -> pages(w) + "/activities", (w, own) -> "stakeholderId=" + stakeholder(w) + "&title=Talk"),
                page(POST, "/programs/{programId}/stakeholders/activities/{activityId}/done", REGISTER, ORGANIZATION,
                        (w, own) -> pages(w) + "/activities/" + activity(w) + "/done", (w, own) -> "version=0"),
                page(POST, "/programs/{programId}/stakeholders/activities/{activityId}/delete", REGISTER, ORGANIZATION,
                        (w, own) -> pages(w) + "/activities/" + activity(w) + "/delete", (w, own) -> "version=0"),
                api(GET, "/api/v1/programs/{programId}/stakeholders", REGISTER, ORGANIZATION, (w, own) -> apiOf(w), (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/stakeholders/grid", REGISTER, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/grid", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/stakeholders", REGISTER, ORGANIZATION, (w, own) -> apiOf(w), (w, own) -> JSON),
                api(GET, "/api/v1/programs/{programId}/stakeholders/{stakeholderId}", REGISTER, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + stakeholder(w), (w, own) -> null),
                api(PUT, "/api/v1/programs/{programId}/stakeholders/{stakeholderId}", REGISTER, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + stakeholder(w), (w, own) -> JSON),
                api(DELETE, "/api/v1/programs/{programId}/stakeholders/{stakeholderId}", REGISTER, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/" + stakeholder(w) + "?version=0", (w, own) -> null),
                api(GET, "/api/v1/programs/{programId}/stakeholders/activities", REGISTER, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/activities", (w, own) -> null),
                api(POST, "/api/v1/programs/{programId}/stakeholders/activities", REGISTER, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/activities", (w, own) -> "{\"stakeholderId\":" + stakeholder(w) + ",\"title\":\"Talk\"}"),
                api(PUT, "/api/v1/programs/{programId}/stakeholders/activities/{activityId}", REGISTER, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/activities/" + activity(w),
                        (w, own) -> "{\"stakeholderId\":" + stakeholder(w) + ",\"title\":\"Talk\",\"version\":0}"),
                api(DELETE, "/api/v1/programs/{programId}/stakeholders/activities/{activityId}", REGISTER, ORGANIZATION,
                        (w, own) -> apiOf(w) + "/activities/" + activity(w) + "?version=0", (w, own) -> null));
    }
}
