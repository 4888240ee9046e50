package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;

/** Names that are markup and searches that are SQL or LIKE syntax are just text. */
class OrgHostileInputTests extends IntegrationTest {

    private static final String XSS = "<script>alert(1)</script>";

    @Test
    void showsAUnitAndAPersonNamedLikeAScriptEscapedOnEveryPage() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit root = fixtures.unit(admin, XSS, null);
        Unit child = fixtures.unit(admin, "Child of " + XSS, root.id());
        Person person = fixtures.person(admin, XSS, child.id(), null);
        fixtures.makeHead(admin, root, person.id());
        Person report = fixtures.person(admin, "Report", child.id(), null);
        jdbc.sql("update person set manager_id = ? where id = ?").params(person.id(), report.id()).update();
        for (String page : new String[]{"/units", "/units/list", "/units/list?q=script", "/units/" + root.id(),
                "/units/" + child.id(), "/units/" + root.id() + "/branch", "/units/" + root.id() + "/edit", "/units/picker?q=script", "/people",
                "/people?q=script", "/people/" + person.id(), "/people/" + report.id(), "/people/" + person.id() + "/edit",
                "/people/picker?q=script"}) {
            String html = render(get(page), admin);
            assertThat(html).as(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
        }
    }

    static Stream<Arguments> peopleSearches() {
        return Stream.of(Arguments.of("'; drop table person; --", null), Arguments.of("%", "Percent 100% sure"),
                Arguments.of("_", "Under_score"), Arguments.of("\\", "Back\\slash"), Arguments.of("o'br", "Tim O'Brien"),
                Arguments.of("PLAIN", "Plain person"));
    }

    static Stream<Arguments> unitSearches() {
        return Stream.of(Arguments.of("'; drop table unit; --", null), Arguments.of("%", "Percent 100% unit"),
                Arguments.of("_", "Under_unit"), Arguments.of("\\", "Back\\unit"));
    }

    @ParameterizedTest(name = "searching people for [{0}] finds [{1}]")
    @MethodSource("peopleSearches")
    void treatsSqlAndLikeMetacharactersInPeopleSearchAsText(String q, String expected) throws Exception {
        Actor admin = fixtures.newOrganization();
        for (String name : new String[]{"Percent 100% sure", "Under_score", "Back\\slash", "Tim O'Brien", "Plain person"}) {
            fixtures.person(admin, name, null, null);
        }
        var result = mvc.perform(get("/api/v1/people").param("q", q).with(bearer(fixtures.token(admin, "read"))))
                .andExpect(status().isOk());
        if (expected == null) {
            result.andExpect(jsonPath("$.items", hasSize(0)));
        } else {
            result.andExpect(jsonPath("$.items[*].fullName").value(containsInAnyOrder(expected)));
        }
        mvc.perform(get("/people").param("q", q).with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/people/picker").param("q", q).with(as(admin))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from person where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single()).isEqualTo(6);
    }

    @ParameterizedTest(name = "searching units for [{0}] finds [{1}]")
    @MethodSource("unitSearches")
    void treatsSqlAndLikeMetacharactersInUnitSearchAsText(String q, String expected) throws Exception {
        Actor admin = fixtures.newOrganization();
        for (String name : new String[]{"Percent 100% unit", "Under_unit", "Back\\unit", "Plain unit"}) {
            fixtures.unit(admin, name, null);
        }
        var result = mvc.perform(get("/api/v1/units").param("q", q).with(bearer(fixtures.token(admin, "read"))))
                .andExpect(status().isOk());
        if (expected == null) {
            result.andExpect(jsonPath("$.items", hasSize(0)));
        } else {
            result.andExpect(jsonPath("$.items[*].name").value(containsInAnyOrder(expected)));
        }
        mvc.perform(get("/units/list").param("q", q).with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/units/picker").param("q", q).with(as(admin))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from unit where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void treatsAGarbledCursorAsTheFirstPage() throws Exception {
        Actor admin = fixtures.newOrganization();
        fixtures.unit(admin, "Only unit", null);
        mvc.perform(get("/api/v1/units").param("after", "%%not-base64%%").with(bearer(fixtures.token(admin, "read"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)));
        mvc.perform(get("/people").param("after", "!!!").with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void answersBadFilterValuesWithBadRequestRatherThanAnError() throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(get("/people").param("unitId", "abc").with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/people").param("status", "FIRED").with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/units/not-a-number").with(as(admin))).andExpect(status().isBadRequest());
    }

    private String render(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        return mvc.perform(request.with(as(actor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
