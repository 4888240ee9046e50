package org.uptake.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;
import org.uptake.support.IntegrationTest;

/**
 * Every endpoint × every role × own/other organisation × (for unit-scoped records) own/other
 * unit. The list of endpoints is checked against the application's real request mappings, so a
 * new endpoint without a row here fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTests extends IntegrationTest {

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private World world;
    private World otherOrganization;

    @BeforeAll
    void buildWorlds() {
        world = new World(fixtures);
        otherOrganization = new World(fixtures);
    }

    @Test
    void everyEndpointOfTheApplicationIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.uptake")) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                var methods = e.getKey().getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    mapped.add("ANY " + pattern);
                }
                methods.forEach(m -> mapped.add(m.name() + " " + pattern));
            }
        }
        Set<String> covered = MatrixRows.all().stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).as("endpoints missing from the permission matrix").containsAll(mapped);
        assertThat(mapped).as("matrix rows for endpoints that do not exist").containsAll(covered);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsExactlyItsRights() {
        List<DynamicTest> tests = new ArrayList<>();
        // -Dmatrix.only=/working-groups,/meetings runs the rows of some areas while working on them; the build runs all
        List<String> only = List.of(System.getProperty("matrix.only", "").split(","));
        for (Endpoint endpoint : MatrixRows.all()) {
            if (only.stream().noneMatch(endpoint.key()::contains)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(endpoint.key() + " anonymous", () -> checkAnonymous(endpoint)));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(endpoint.key() + " as " + role, () -> checkRole(endpoint, role)));
            }
        }
        return tests.stream();
    }

    private void checkAnonymous(Endpoint endpoint) throws Exception {
        MvcResult result = perform(endpoint, null, world, true);
        int status = result.getResponse().getStatus();
        switch (endpoint.kind()) {
            case PUBLIC -> assertThat(status).as(endpoint.key()).isLessThan(500).isNotIn(401, 403);
            case API -> assertThat(status).as(endpoint.key()).isEqualTo(401);
            case PAGE -> {
                assertThat(status).as(endpoint.key()).isEqualTo(302);
                assertThat(result.getResponse().getRedirectedUrl()).contains("/login");
            }
        }
    }

    private void checkRole(Endpoint endpoint, Role role) throws Exception {
        Actor actor = world.user(role);
        boolean allowed = endpoint.allowed().contains(role);
        int own = perform(endpoint, actor, world, true).getResponse().getStatus();
        if (allowed) {
            assertThat(own).as("%s as %s (own organisation)", endpoint.key(), role).isLessThan(500).isNotIn(401, 403, 404, 405);
        } else if (endpoint.kind() != Endpoint.Kind.PUBLIC) {
            assertThat(own).as("%s as %s must be refused", endpoint.key(), role).isIn(403, 404);
        }
        if (allowed && endpoint.target() != Endpoint.Target.NONE) {
            int foreign = perform(endpoint, actor, otherOrganization, true).getResponse().getStatus();
            assertThat(foreign).as("%s as %s with another organisation's record", endpoint.key(), role).isEqualTo(404);
        }
        if (allowed && role == Role.UNIT_HEAD && endpoint.target() == Endpoint.Target.UNIT) {
            int outside = perform(endpoint, actor, world, false).getResponse().getStatus();
            assertThat(outside).as("%s as unit head, record outside their subtree", endpoint.key()).isIn(403, 404);
        }
    }

    private MvcResult perform(Endpoint endpoint, Actor actor, World recordsFrom, boolean inHeadsSubtree) throws Exception {
        recordsFrom.actingRole = actor == null ? Role.ADMIN : roleOf(actor);
        String url = endpoint.url().apply(recordsFrom, inHeadsSubtree);
        String body = endpoint.body().apply(recordsFrom, inHeadsSubtree);
        AbstractMockHttpServletRequestBuilder<?> request;
        if (body != null && body.startsWith("file:")) {
            String[] parts = body.substring(5).split("\n", 2);
            request = multipart(HttpMethod.valueOf(endpoint.method().name()), url)
                    .file(new MockMultipartFile("file", parts[0], "text/csv", parts[1].getBytes(StandardCharsets.UTF_8)));
        } else {
            MockHttpServletRequestBuilder plain = request(endpoint.method(), url);
            if (body != null) {
                boolean json = endpoint.kind() == Endpoint.Kind.API;
                plain.contentType(json ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED).content(body);
            }
            request = plain;
        }
        if (actor != null && endpoint.kind() == Endpoint.Kind.API) {
            request.header("Authorization", "Bearer " + world.tokens.get(roleOf(actor)));
        } else if (actor != null) {
            request.with(Fixtures.as(actor));
        }
        request.with(csrf());
        return mvc.perform(request).andReturn();
    }

    private Role roleOf(Actor actor) {
        return world.users.entrySet().stream().filter(e -> e.getValue().userId() == actor.userId())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
