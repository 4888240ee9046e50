package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;
import static org.uptake.support.ImportRequests.upload;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.uptake.org.person.Person;
import org.uptake.org.position.Position;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.support.ImportFiles;
import org.uptake.support.IntegrationTest;
import org.uptake.support.OrgState;

/** Importing people: preview, apply, upsert by employee number or e-mail, and every broken row refused with nothing written. */
class PersonImportTests extends IntegrationTest {

    private static final String HEADER = "employee_number,email,full_name,unit_code,position_code,manager,status";

    private record World(Actor admin, String token, Unit unit, Position position) {
    }

    private World world() {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Station 1", null);
        Position position = fixtures.position(admin, "Mechanic");
        return new World(admin, fixtures.token(admin), unit, position);
    }

    private ResultActions send(World w, byte[] file, boolean dryRun) throws Exception {
        return mvc.perform(upload("people", "people.csv", file, dryRun).with(bearer(w.token())));
    }

    private String line(World w, String number, String email, String name, String manager) {
        return String.join(",", number, email, name, w.unit().code(), w.position().code(), manager, "ACTIVE");
    }

    private Map<String, Object> person(long org, String number) {
        return jdbc.sql("""
                select p.full_name, p.email, p.unit_id, p.position_id, m.employee_number as manager, p.version
                from person p left join person m on m.id = p.manager_id
                where p.organization_id = ? and p.employee_number = ?""").params(org, number).query().singleRow();
    }

    @Test
    void previewsFirstThenAppliesPeopleWhoseManagerComesLaterInTheFile() throws Exception {
        World w = world();
        byte[] file = ImportFiles.csv(HEADER, line(w, "E1", "e1@example.test", "Anna Petrova", "E3"),
                line(w, "E2", "e2@example.test", "Boris Ivanov", "e3@example.test"), line(w, "E3", "e3@example.test", "Chief", ""));
        OrgState before = OrgState.of(jdbc, w.admin().organizationId());

        String preview = send(w, file, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CHECKED"))
                .andExpect(jsonPath("$.creates").value(3))
                .andExpect(jsonPath("$.errorCount").value(0))
                .andExpect(jsonPath("$.rows", hasSize(3)))
                .andExpect(jsonPath("$.rows[0].row").value(2))
                .andExpect(jsonPath("$.rows[0].action").value("CREATE"))
                .andExpect(jsonPath("$.rows[0].key").value("E1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(OrgState.of(jdbc, w.admin().organizationId())).isEqualTo(before);

        int id = JsonPath.read(preview, "$.id");
        mvc.perform(post("/api/v1/imports/" + id + "/apply").with(bearer(w.token())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.creates").value(3));
        long org = w.admin().organizationId();
        assertThat(person(org, "E1")).containsEntry("full_name", "Anna Petrova").containsEntry("manager", "E3")
                .containsEntry("unit_id", w.unit().id()).containsEntry("position_id", w.position().id());
        assertThat(person(org, "E2")).containsEntry("manager", "E3");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry a join person p on p.id = a.entity_id
                where a.entity_type = 'person' and a.action = 'created' and p.organization_id = ? and p.employee_number like 'E%'""")
                .param(org).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'import' and entity_id = ? order by id")
                .param(id).query(String.class).list()).containsExactly("checked", "applied");
    }

    @Test
    void updatesByEmployeeNumberElseByEmailAndCountsUnchangedRows() throws Exception {
        World w = world();
        Person byNumber = fixtures.person(w.admin(), "Old Name", w.unit().id(), w.position().id());
        Person byEmail = fixtures.person(w.admin(), "Mail Match", w.unit().id(), w.position().id());
        Person same = fixtures.person(w.admin(), "Same Person", w.unit().id(), w.position().id());
        jdbc.sql("update person set employee_number = null where id = ?").param(byEmail.id()).update();
        byte[] file = ImportFiles.csv("employee_number,email,full_name",
                byNumber.employeeNumber() + ",," + "New Name",
                "N-NEW," + byEmail.email().toUpperCase() + ",Mail Match",
                same.employeeNumber() + "," + same.email() + ",Same Person");

        send(w, file, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.creates").value(0))
                .andExpect(jsonPath("$.updates").value(2))
                .andExpect(jsonPath("$.unchanged").value(1));

        long org = w.admin().organizationId();
        Map<String, Object> renamed = person(org, byNumber.employeeNumber());
        assertThat(renamed).containsEntry("full_name", "New Name").containsEntry("version", 1)
                .containsEntry("email", byNumber.email()).containsEntry("unit_id", w.unit().id());
        assertThat(person(org, "N-NEW")).containsEntry("full_name", "Mail Match").containsEntry("email", byEmail.email().toUpperCase());
        assertThat(person(org, same.employeeNumber())).containsEntry("version", 0);
        assertThat(jdbc.sql("select changes::text from audit_entry where entity_type = 'person' and entity_id = ? and action = 'updated'")
                .param(byNumber.id()).query(String.class).single()).contains("Old Name").contains("New Name");
    }

    @Test
    void readsWindows1251SemicolonFilesAsRussianExcelSavesThem() throws Exception {
        World w = world();
        byte[] file = ImportFiles.csv(java.nio.charset.Charset.forName("windows-1251"),
                "employee_number;email;full_name;unit_code", "R1;r1@example.test;Ёлкина Наталья;" + w.unit().code());
        send(w, file, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.encoding").value("Windows-1251"))
                .andExpect(jsonPath("$.separator").value(";"))
                .andExpect(jsonPath("$.status").value("APPLIED"));
        assertThat(person(w.admin().organizationId(), "R1")).containsEntry("full_name", "Ёлкина Наталья");
    }

    @Test
    void importsAnXlsxWorkbookLikeTheSameCsv() throws Exception {
        World w = world();
        byte[] file = ImportFiles.xlsx(List.of(List.of("employee_number", "full_name", "unit_code"),
                List.of("X1", "Xenia", w.unit().code())));
        mvc.perform(upload("people", "people.xlsx", file, false).with(bearer(w.token())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("XLSX"))
                .andExpect(jsonPath("$.status").value("APPLIED"));
        assertThat(person(w.admin().organizationId(), "X1")).containsEntry("full_name", "Xenia");
    }

    @Test
    void marksPeopleWhoLeftAndClosesTheirAccounts() throws Exception {
        World w = world();
        Actor employee = fixtures.user(w.admin(), w.unit().id(), org.uptake.shared.Role.EMPLOYEE);
        String number = jdbc.sql("select employee_number from person where id = ?").param(employee.personId()).query(String.class).single();
        send(w, ImportFiles.csv("employee_number,full_name,status", number + ",Leaving Person,left"), false)
                .andExpect(status().isOk()).andExpect(jsonPath("$.updates").value(1));
        assertThat(jdbc.sql("select status from user_account where id = ?").param(employee.userId()).query(String.class).single())
                .isEqualTo("DEACTIVATED");
    }

    /** Sends a file that has problems, both as a dry run and for real, and proves nothing changed. */
    private ResultActions refused(World w, byte[] file) throws Exception {
        OrgState before = OrgState.of(jdbc, w.admin().organizationId());
        send(w, file, true).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
        ResultActions result = send(w, file, false).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(OrgState.of(jdbc, w.admin().organizationId())).isEqualTo(before);
        return result;
    }

    @Test
    void refusesDuplicateEmailsInTheFileNamingTheFirstRow() throws Exception {
        World w = world();
        refused(w, ImportFiles.csv(HEADER, line(w, "D1", "same@example.test", "One", ""), line(w, "D2", "other@example.test", "Two", ""),
                line(w, "D3", "SAME@example.test", "Three", "")))
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.creates").value(2))
                .andExpect(jsonPath("$.problems", hasSize(1)))
                .andExpect(jsonPath("$.problems[0].row").value(4))
                .andExpect(jsonPath("$.problems[0].column").value("email"))
                .andExpect(jsonPath("$.problems[0].value").value("SAME@example.test"))
                .andExpect(jsonPath("$.problems[0].message").value("The same value is already on row 2."));
    }

    @Test
    void refusesDuplicateEmployeeNumbersInTheFile() throws Exception {
        World w = world();
        refused(w, ImportFiles.csv(HEADER, line(w, "D1", "a@example.test", "One", ""), line(w, "D1", "b@example.test", "Two", "")))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("employee_number"));
    }

    @Test
    void refusesUnknownUnitsAndPositionsByRowAndColumn() throws Exception {
        World w = world();
        refused(w, ImportFiles.csv("employee_number,full_name,unit_code,position_code",
                "U1,Fine," + w.unit().code() + "," + w.position().code(), "U2,Lost,NO-SUCH-UNIT,", "U3,Lost too,,NO-SUCH-POSITION"))
                .andExpect(jsonPath("$.problems", hasSize(2)))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("unit_code"))
                .andExpect(jsonPath("$.problems[0].message").value("No unit has this code."))
                .andExpect(jsonPath("$.problems[1].row").value(4))
                .andExpect(jsonPath("$.problems[1].column").value("position_code"))
                .andExpect(jsonPath("$.problems[1].message").value("No position has this code."));
    }

    @Test
    void refusesACycleOfManagersInsideTheFile() throws Exception {
        World w = world();
        refused(w, ImportFiles.csv(HEADER, line(w, "C1", "c1@example.test", "One", "C2"), line(w, "C2", "c2@example.test", "Two", "C3"),
                line(w, "C3", "c3@example.test", "Three", "C1"), line(w, "C4", "c4@example.test", "Four", "C4")))
                .andExpect(jsonPath("$.errorCount").value(4))
                .andExpect(jsonPath("$.problems[0].column").value("manager"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("C1 → C2 → C3 → C1")))
                .andExpect(jsonPath("$.problems[3].message").value(containsString("C4 → C4")));
    }

    @Test
    void refusesACycleThatClosesThroughPeopleAlreadyInTheDirectory() throws Exception {
        World w = world();
        Person boss = fixtures.person(w.admin(), "Boss", w.unit().id(), null);
        Person deputy = fixtures.person(w.admin(), "Deputy", w.unit().id(), null);
        jdbc.sql("update person set manager_id = ? where id = ?").params(boss.id(), deputy.id()).update();
        refused(w, ImportFiles.csv("employee_number,full_name,manager", boss.employeeNumber() + ",Boss," + deputy.email()))
                .andExpect(jsonPath("$.problems[0].column").value("manager"))
                .andExpect(jsonPath("$.problems[0].code").value("import.person.error.managerCycle"));
    }

    @Test
    void refusesManagersNobodyKnows() throws Exception {
        World w = world();
        refused(w, ImportFiles.csv(HEADER, line(w, "M1", "m1@example.test", "One", "ghost@example.test")))
                .andExpect(jsonPath("$.problems[0].column").value("manager"))
                .andExpect(jsonPath("$.problems[0].code").value("import.person.error.managerUnknown"));
    }

    @Test
    void refusesAnEmailThatBelongsToSomeoneElse() throws Exception {
        World w = world();
        Person anna = fixtures.person(w.admin(), "Anna", null, null);
        Person boris = fixtures.person(w.admin(), "Boris", null, null);
        refused(w, ImportFiles.csv("employee_number,email,full_name", boris.employeeNumber() + "," + anna.email() + ",Boris"))
                .andExpect(jsonPath("$.problems[0].column").value("email"))
                .andExpect(jsonPath("$.problems[0].message").value("This e-mail belongs to another person (Anna)."));
    }

    @Test
    void refusesMarkingAUnitHeadAsLeft() throws Exception {
        World w = world();
        Person head = fixtures.person(w.admin(), "Head", w.unit().id(), null);
        fixtures.makeHead(w.admin(), w.unit(), head.id());
        refused(w, ImportFiles.csv("employee_number,full_name,status", head.employeeNumber() + ",Head,LEFT"))
                .andExpect(jsonPath("$.problems[0].column").value("status"))
                .andExpect(jsonPath("$.problems[0].code").value("person.error.headsUnit"));
    }

    @Test
    void refusesValuesThatAreNotValidEachWithItsReason() throws Exception {
        World w = world();
        refused(w, ImportFiles.csv("employee_number,email,full_name,status,time_zone,language",
                "V1,not-an-email,Bad Mail,,,", "V2,,,,,", ",,No Identity,,,", "V4,,Bad Status,FIRED,,",
                "V5,,Bad Zone,,Mars/Olympus,", "V6,,Bad Language,,,xx", "V7,," + "x".repeat(201) + ",,,"))
                .andExpect(jsonPath("$.errorCount").value(7))
                .andExpect(jsonPath("$.problems[*].code").value(org.hamcrest.Matchers.contains("import.error.email",
                        "import.error.required", "import.person.error.identity", "import.error.choice", "import.error.timeZone",
                        "import.error.language", "import.error.tooLong")))
                .andExpect(jsonPath("$.problems[3].message").value("Use one of: ACTIVE, ON_LEAVE, LEFT."));
    }

    @Test
    void refusesAFileWithMissingOrUnknownColumnsAsProblemJsonAndStoresNothing() throws Exception {
        World w = world();
        long jobs = importJobs(w);
        OrgState before = OrgState.of(jdbc, w.admin().organizationId());
        send(w, ImportFiles.csv("employee_number,email,salary", "1,a@example.test,1000"), false)
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Required columns are missing: full_name."))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("Unknown columns: salary.")));
        assertThat(importJobs(w)).isEqualTo(jobs);
        assertThat(OrgState.of(jdbc, w.admin().organizationId())).isEqualTo(before);
    }

    @Test
    void refusesUnreadableFilesWithAClearMessage() throws Exception {
        World w = world();
        OrgState before = OrgState.of(jdbc, w.admin().organizationId());
        send(w, new byte[0], false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The file is empty."));
        send(w, "\uFEFFfull_name\r\nAnna".getBytes(java.nio.charset.StandardCharsets.UTF_16LE), false)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("import.error.utf16"));
        send(w, new byte[]{'f', 'u', 0x01, 0x02, '\n', 0x1B}, false)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("import.error.encoding"));
        mvc.perform(upload("people", "bomb.xlsx", ImportFiles.zipBomb(64), false).with(bearer(w.token())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("import.error.zipBomb"))
                .andExpect(jsonPath("$.detail").value(containsString("zip bomb")));
        send(w, ImportFiles.oversized(21 * 1024 * 1024), false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("The limit is 20 MB")));
        assertThat(OrgState.of(jdbc, w.admin().organizationId())).isEqualTo(before);
        assertThat(importJobs(w)).isZero();
    }

    @Test
    void refusesApplyingAnImportWithErrorsOrTwice() throws Exception {
        World w = world();
        String rejected = send(w, ImportFiles.csv(HEADER, line(w, "A1", "bad", "One", "")), true)
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/imports/" + JsonPath.read(rejected, "$.id") + "/apply").with(bearer(w.token())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.error.hasErrors"));
        String applied = send(w, ImportFiles.csv(HEADER, line(w, "A1", "a1@example.test", "One", "")), false)
                .andExpect(jsonPath("$.status").value("APPLIED")).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/imports/" + JsonPath.read(applied, "$.id") + "/apply").with(bearer(w.token())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.error.alreadyApplied"));
    }

    @Test
    void aPreviewThatWentStaleIsCheckedAgainAndWritesNothing() throws Exception {
        World w = world();
        String preview = send(w, ImportFiles.csv(HEADER, line(w, "S1", "s1@example.test", "One", ""),
                line(w, "S2", "s2@example.test", "Two", "")), true)
                .andExpect(jsonPath("$.status").value("CHECKED")).andReturn().getResponse().getContentAsString();
        Person meanwhile = fixtures.person(w.admin(), "Came first", null, null);
        jdbc.sql("update person set email = 's2@example.test' where id = ?").param(meanwhile.id()).update();
        OrgState before = OrgState.of(jdbc, w.admin().organizationId());

        mvc.perform(post("/api/v1/imports/" + JsonPath.read(preview, "$.id") + "/apply").with(bearer(w.token())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.message").value(containsString("changed after the preview")))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("email"));
        assertThat(OrgState.of(jdbc, w.admin().organizationId())).isEqualTo(before);
    }

    private long importJobs(World w) {
        return jdbc.sql("select count(*) from import_job where organization_id = ?").param(w.admin().organizationId())
                .query(Long.class).single();
    }
}
