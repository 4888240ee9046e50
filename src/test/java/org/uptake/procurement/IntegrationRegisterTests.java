package org.uptake.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.procurement.integration.Integration;
import org.uptake.procurement.integration.IntegrationChecks;
import org.uptake.procurement.integration.IntegrationService;
import org.uptake.program.Program;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.ProcurementFixtures;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.ProgramTest;

/** The integrations register and its daily check: an integration not verified in time opens one integration-failure problem. */
class IntegrationRegisterTests extends ProgramTest {

    private ProgramFixtures.World w;
    private Program p;

    @BeforeEach
    void program() {
        w = programFixtures.world();
        p = programFixtures.program(w, "P1");
    }

    private IntegrationService integrations() {
        return fixtures.bean(IntegrationService.class);
    }

    private long openProblems(long integrationId) {
        return jdbc.sql("""
                select count(*) from problem where source_key = ? and type = 'INTEGRATION_FAILURE'
                and status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER')""")
                .param("integration:" + integrationId).query(Long.class).single();
    }

    @Test
    void anIntegrationNotVerifiedInTimeOpensOneIntegrationFailureProblem() {
        LocalDate today = LocalDate.now();
        Integration overdue = integrations().create(w.coordinator(), p.id(),
                ProcurementFixtures.integration("1C Accounting", 7, today.minusDays(10)));
        Integration fresh = integrations().create(w.coordinator(), p.id(),
                ProcurementFixtures.integration("Parts catalogue", 7, today.minusDays(2)));
        IntegrationChecks checks = fixtures.bean(IntegrationChecks.class);

        checks.run(today);
        checks.run(today.plusDays(1));

        assertThat(overdue.overdue(today)).isTrue();
        assertThat(openProblems(overdue.id())).isOne();
        assertThat(openProblems(fresh.id())).isZero();
        var problem = jdbc.sql("select title, program_id, severity from problem where source_key = ?")
                .param("integration:" + overdue.id()).query().singleRow();
        assertThat(problem.get("title")).isEqualTo("Integration not verified in time: 1C Accounting");
        assertThat(problem.get("program_id")).isEqualTo(p.id());
    }

    @Test
    void aVerificationEndsTheOverdueSpellAndALaterLapseIsReportedOnlyWhileNoProblemIsOpen() {
        LocalDate today = LocalDate.now();
        Integration i = integrations().create(w.coordinator(), p.id(),
                ProcurementFixtures.integration("Bank", 1, today.minusDays(5)));
        IntegrationChecks checks = fixtures.bean(IntegrationChecks.class);
        checks.run(today);

        Integration verified = integrations().verified(w.coordinator(), p.id(), i.id(), i.version());
        checks.run(today.plusDays(3));

        assertThat(verified.lastVerifiedOn()).isEqualTo(today);
        assertThat(verified.overdue(today)).isFalse();
        assertThat(openProblems(i.id())).as("the first problem is still open: no second one").isOne();
    }

    @Test
    void refusesAFutureVerificationAndMalformedInputAndStoresNothing() throws Exception {
        assertThatThrownBy(() -> integrations().create(w.coordinator(), p.id(),
                ProcurementFixtures.integration("Bank", 7, LocalDate.now().plusDays(40))))
                .isInstanceOf(InvalidInputException.class);
        mvc.perform(post("/api/v1/programs/" + p.id() + "/integrations").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"systemName\":\"Bank\",\"direction\":\"SIDEWAYS\",\"method\":\"API\",\"status\":\"ACTIVE\",\"verifyEveryDays\":7}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/programs/" + p.id() + "/integrations").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"systemName\":\"Bank\",\"direction\":\"IN\",\"method\":\"API\",\"status\":\"ACTIVE\",\"verifyEveryDays\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("verifyEveryDays"));
        assertThat(jdbc.sql("select count(*) from procurement_integration where program_id = ?").param(p.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() throws Exception {
        Integration i = integrations().create(w.coordinator(), p.id(), ProcurementFixtures.integration("Bank", 7, null));
        integrations().verified(w.coordinator(), p.id(), i.id(), i.version());

        mvc.perform(put("/api/v1/programs/" + p.id() + "/integrations/" + i.id()).with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"systemName\":\"Renamed\",\"direction\":\"IN\",\"method\":\"API\",\"status\":\"RETIRED\","
                                + "\"verifyEveryDays\":7,\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(integrations().get(w.coordinator(), p.id(), i.id()).systemName()).isEqualTo("Bank");
    }
}
