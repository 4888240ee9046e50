package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;

class PersonPageTests extends IntegrationTest {

    @Test
    void createsAPersonThroughTheFormAndShowsTheirPage() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Workshop", null);
        var position = fixtures.position(admin, "Mechanic");
        Person manager = fixtures.person(admin, "Mira Manager", unit.id(), null);
        mvc.perform(personForm(post("/people"), admin, "Pavel Petrov", "pavel@example.test", "E100")
                        .param("unitId", String.valueOf(unit.id())).param("positionId", String.valueOf(position.id()))
                        .param("managerId", String.valueOf(manager.id())).param("timeZone", "Europe/Oslo")
                        .param("language", "nb"))
                .andExpect(status().is3xxRedirection());
        long id = personId(admin, "E100");
        mvc.perform(get("/people/" + id).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pavel Petrov")))
                .andExpect(content().string(containsString("Workshop")))
                .andExpect(content().string(containsString("Mechanic")))
                .andExpect(content().string(containsString("Mira Manager")))
                .andExpect(content().string(containsString("Europe/Oslo")))
                .andExpect(content().string(containsString("hx-get=\"/admin/accounts/person/" + id + "\"")));
        mvc.perform(get("/people/" + manager.id()).with(as(admin)))
                .andExpect(content().string(containsString("Pavel Petrov")));
    }

    @Test
    void showsDuplicateEmailAndEmployeeNumberAsFieldErrorsAndSavesNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person existing = fixtures.person(admin, "First", null, null);
        mvc.perform(personForm(post("/people"), admin, "Second", existing.email().toUpperCase(), existing.employeeNumber()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another person already has the e-mail")))
                .andExpect(content().string(containsString("Another person already has the employee number " + existing.employeeNumber())))
                .andExpect(content().string(containsString("field-error")));
        assertThat(peopleCount(admin)).isEqualTo(2);
    }

    @Test
    void showsUnknownUnitAndPositionAsFieldErrorsAndSavesNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor other = fixtures.newOrganization();
        Unit foreignUnit = fixtures.unit(other, "Their unit", null);
        var foreignPosition = fixtures.position(other, "Their job");
        mvc.perform(personForm(post("/people"), admin, "Nobody", "nobody@example.test", "N1")
                        .param("unitId", String.valueOf(foreignUnit.id()))
                        .param("positionId", String.valueOf(foreignPosition.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The unit does not exist.")))
                .andExpect(content().string(containsString("The position does not exist.")));
        assertThat(peopleCount(admin)).isEqualTo(1);
    }

    @Test
    void refusesAManagerCycleAsAFieldErrorAndKeepsTheOldManager() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person a = fixtures.person(admin, "Anna", null, null);
        Person b = fixtures.person(admin, "Boris", null, null);
        mvc.perform(personForm(post("/people/" + b.id()), admin, "Boris", b.email(), b.employeeNumber())
                .param("managerId", String.valueOf(a.id())).param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(personForm(post("/people/" + a.id()), admin, "Anna", a.email(), a.employeeNumber())
                        .param("managerId", String.valueOf(b.id())).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This manager would create a cycle in the reporting line.")));
        assertThat(jdbc.sql("select manager_id from person where id = ?").param(a.id()).query(Long.class).optional()).isEmpty();
    }

    @Test
    void refusesMarkingAUnitHeadAsLeftWithAnInlineMessage() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Sales", null);
        Person head = fixtures.person(admin, "Hanna Head", unit.id(), null);
        fixtures.makeHead(admin, unit, head.id());
        mvc.perform(personForm(post("/people/" + head.id()), admin, "Hanna Head", head.email(), head.employeeNumber())
                        .param("unitId", String.valueOf(unit.id())).param("employmentStatus", "LEFT").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This person heads a unit; choose another head")));
        assertThat(employmentStatusOf(head)).isEqualTo("ACTIVE");
    }

    @Test
    void marksAPersonAsLeftThroughTheEditForm() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, org.uptake.shared.Role.EMPLOYEE);
        Person person = jdbc.sql("select id, organization_id, employee_number, email, full_name, unit_id, position_id, manager_id,"
                        + " employment_status, time_zone, language, version from person where id = ?")
                .param(employee.personId()).query(Person.class).single();
        mvc.perform(personForm(post("/people/" + person.id()), admin, person.fullName(), person.email(), person.employeeNumber())
                        .param("employmentStatus", "LEFT").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(employmentStatusOf(person)).isEqualTo("LEFT");
    }

    @Test
    void showsAStaleEditAsAFormMessageAndKeepsTheNewerName() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person p = fixtures.person(admin, "Original", null, null);
        mvc.perform(personForm(post("/people/" + p.id()), admin, "Newer", p.email(), p.employeeNumber()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(personForm(post("/people/" + p.id()), admin, "Stale", p.email(), p.employeeNumber()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(jdbc.sql("select full_name from person where id = ?").param(p.id()).query(String.class).single())
                .isEqualTo("Newer");
    }

    @Test
    void filtersThePeopleListByUnitSubtreePositionAndStatus() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit region = fixtures.unit(admin, "Region", null);
        Unit station = fixtures.unit(admin, "Station", region.id());
        Unit elsewhere = fixtures.unit(admin, "Elsewhere", null);
        var mechanic = fixtures.position(admin, "Mechanic");
        fixtures.person(admin, "Inside Mechanic", station.id(), mechanic.id());
        fixtures.person(admin, "Inside Clerk", region.id(), null);
        fixtures.person(admin, "Outside Mechanic", elsewhere.id(), mechanic.id());
        mvc.perform(get("/people").param("unitId", String.valueOf(region.id())).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inside Mechanic")))
                .andExpect(content().string(containsString("Inside Clerk")))
                .andExpect(content().string(not(containsString("Outside Mechanic"))));
        mvc.perform(get("/people").param("positionId", String.valueOf(mechanic.id())).param("status", "ACTIVE")
                        .with(as(admin)).header("HX-Request", "true"))
                .andExpect(content().string(containsString("Outside Mechanic")))
                .andExpect(content().string(not(containsString("Inside Clerk"))))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/people").param("status", "LEFT").with(as(admin)))
                .andExpect(content().string(not(containsString("Mechanic</a>"))));
    }

    @Test
    void offersPeopleInThePickerBySearchText() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person wanted = fixtures.person(admin, "Wanted Person", null, null);
        fixtures.person(admin, "Someone Else", null, null);
        mvc.perform(get("/people/picker").param("q", "wanted").with(as(admin)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-pick-id=\"" + wanted.id() + "\"")))
                .andExpect(content().string(not(containsString("Someone Else"))));
    }

    @Test
    void answersNotFoundForPeopleOfAnotherOrganisation() throws Exception {
        Actor mine = fixtures.newOrganization();
        Actor theirs = fixtures.newOrganization();
        Person foreign = fixtures.person(theirs, "Their person", null, null);
        Unit foreignUnit = fixtures.unit(theirs, "Their unit", null);
        mvc.perform(get("/people/" + foreign.id()).with(as(mine))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + foreign.id() + "/edit").with(as(mine))).andExpect(status().isNotFound());
        mvc.perform(personForm(post("/people/" + foreign.id()), mine, "Hijacked", foreign.email(), foreign.employeeNumber())
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/people").param("unitId", String.valueOf(foreignUnit.id())).with(as(mine)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people").with(as(mine))).andExpect(content().string(not(containsString("Their person"))));
        assertThat(jdbc.sql("select full_name from person where id = ?").param(foreign.id()).query(String.class).single())
                .isEqualTo("Their person");
    }

    private static MockHttpServletRequestBuilder personForm(MockHttpServletRequestBuilder request, Actor actor, String name,
                                                            String email, String number) {
        return request.with(as(actor)).with(csrf()).param("fullName", name).param("email", email)
                .param("employeeNumber", number);
    }

    private long personId(Actor admin, String number) {
        return jdbc.sql("select id from person where organization_id = ? and employee_number = ?")
                .params(admin.organizationId(), number).query(Long.class).single();
    }

    private long peopleCount(Actor admin) {
        return jdbc.sql("select count(*) from person where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single();
    }

    private String employmentStatusOf(Person p) {
        return jdbc.sql("select employment_status from person where id = ?").param(p.id()).query(String.class).single();
    }
}
