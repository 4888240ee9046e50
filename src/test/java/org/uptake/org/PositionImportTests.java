package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;
import static org.uptake.support.ImportRequests.upload;

import org.junit.jupiter.api.Test;
import org.uptake.org.position.Position;
import org.uptake.shared.Actor;
import org.uptake.support.ImportFiles;
import org.uptake.support.IntegrationTest;
import org.uptake.support.OrgState;

/** Importing positions: upsert by code, audited; broken rows refused with nothing written. */
class PositionImportTests extends IntegrationTest {

    @Test
    void createsUpdatesAndLeavesUnchangedPositionsByCode() throws Exception {
        Actor admin = fixtures.newOrganization();
        Position mechanic = fixtures.position(admin, "Mechanic");
        Position advisor = fixtures.position(admin, "Service advisor");
        byte[] file = ImportFiles.xlsx(java.util.List.of(java.util.List.of("code", "title", "description"),
                java.util.List.of(mechanic.code(), "Senior mechanic", "Repairs cars"),
                java.util.List.of(advisor.code(), "Service advisor"), java.util.List.of("HR", "HR specialist", "People matters")));
        mvc.perform(upload("positions", "positions.xlsx", file, false).with(bearer(fixtures.token(admin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creates").value(1)).andExpect(jsonPath("$.updates").value(1))
                .andExpect(jsonPath("$.unchanged").value(1));
        assertThat(jdbc.sql("select title || '|' || description || '|' || version from position where id = ?").param(mechanic.id())
                .query(String.class).single()).isEqualTo("Senior mechanic|Repairs cars|1");
        assertThat(jdbc.sql("select count(*) from position p join audit_entry a on a.entity_id = p.id and a.entity_type = 'position' "
                + "where p.organization_id = ? and p.code = 'HR' and a.action = 'created'").param(admin.organizationId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesDuplicateCodesAndMissingTitlesAndWritesNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        OrgState before = OrgState.of(jdbc, admin.organizationId());
        mvc.perform(upload("positions", "positions.csv", ImportFiles.csv("code;title", "P1;One", "P1;Again", "P3;"), false)
                        .with(bearer(token)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].code").value("import.error.duplicate"))
                .andExpect(jsonPath("$.problems[1].row").value(4))
                .andExpect(jsonPath("$.problems[1].column").value("title"));
        assertThat(OrgState.of(jdbc, admin.organizationId())).isEqualTo(before);
    }
}
