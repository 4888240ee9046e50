package org.uptake.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.process.catalog.Process;
import org.uptake.shared.audit.AuditEntry;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.Fixtures;
import org.uptake.support.IntegrationTest;
import org.uptake.support.MeasureFixtures;
import org.uptake.support.ProcessFixtures;

/** A program's KPI measures an indicator of the process catalog: one figure for both. */
class KpiIndicatorTests extends IntegrationTest {

    private MeasureFixtures measure;
    private ProcessFixtures catalog;

    @BeforeEach
    void fixtures() {
        measure = new MeasureFixtures(fixtures);
        catalog = new ProcessFixtures(fixtures);
    }

    @Test
    void theCoordinatorTiesAKpiToAnIndicatorAndTheProcessPageShowsIt() throws Exception {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "CSAT");
        Process reception = catalog.process(w.org().admin(), "Receiving cars", null);
        long indicator = catalog.measured(w.org().admin(), reception.id());

        mvc.perform(post("/programs/" + w.program().id() + "/kpis/" + kpi.id() + "/indicator").with(Fixtures.as(w.coordinator())).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("indicatorId=" + indicator + "&version=" + kpi.version()))
                .andExpect(status().is3xxRedirection());

        String processPage = page(w, "/processes/" + reception.id());
        String kpiPage = page(w, "/programs/" + w.program().id() + "/kpis/" + kpi.id());
        assertThat(processPage).contains("data-testid=\"process-kpis\"", "Client satisfaction", kpi.name());
        assertThat(kpiPage).contains("Receiving cars — Client satisfaction");
        mvc.perform(get("/api/v1/kpis/" + kpi.id() + "/indicator").with(Fixtures.bearer(fixtures.token(w.coordinator(), "read"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(indicator)).andExpect(jsonPath("$.processId").value(reception.id()));
        assertThat(fixtures.bean(AuditLog.class).history(w.org().admin().organizationId(), KpiService.ENTITY, kpi.id(), 10))
                .extracting(AuditEntry::action).contains("indicatorLinked");
    }

    @Test
    void anIndicatorOfAnotherOrganisationIsRefusedAndNothingChanges() {
        var w = measure.world();
        var other = measure.world();
        Kpi kpi = measure.kpi(w, "CSAT");
        Process foreign = catalog.process(other.org().admin(), "Their process", null);
        long theirs = catalog.measured(other.org().admin(), foreign.id());

        assertThatThrownBy(() -> links().link(w.coordinator(), kpi.id(), theirs, kpi.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("measure.error.indicator"));
        assertThat(links().linked(w.coordinator(), kpi.id())).isEmpty();
        assertThat(fixtures.bean(KpiService.class).get(w.coordinator(), kpi.id()).version()).isEqualTo(kpi.version());
    }

    @Test
    void aStaleVersionIsAConflictAndTheLinkStaysAsItWas() throws Exception {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "CSAT");
        Process reception = catalog.process(w.org().admin(), "Receiving cars", null);
        long indicator = catalog.measured(w.org().admin(), reception.id());

        assertThatThrownBy(() -> links().link(w.coordinator(), kpi.id(), indicator, kpi.version() + 1))
                .isInstanceOf(StaleVersionException.class);
        mvc.perform(put("/api/v1/kpis/" + kpi.id() + "/indicator").with(Fixtures.bearer(fixtures.token(w.coordinator(), "read", "write")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"indicatorId\":" + indicator + ",\"version\":" + (kpi.version() + 5) + "}"))
                .andExpect(status().isConflict());
        assertThat(links().linked(w.coordinator(), kpi.id())).isEmpty();
    }

    @Test
    void untyingLeavesTheProcessPageWithoutThePanel() throws Exception {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "CSAT");
        Process reception = catalog.process(w.org().admin(), "Receiving cars", null);
        long indicator = catalog.measured(w.org().admin(), reception.id());
        links().link(w.coordinator(), kpi.id(), indicator, kpi.version());

        links().link(w.coordinator(), kpi.id(), null, kpi.version() + 1);

        assertThat(page(w, "/processes/" + reception.id())).doesNotContain("data-testid=\"process-kpis\"");
    }

    @Test
    void removingTheIndicatorFromTheSpecificationUntiesTheKpi() {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "CSAT");
        Process reception = catalog.process(w.org().admin(), "Receiving cars", null);
        long indicator = catalog.measured(w.org().admin(), reception.id());
        links().link(w.coordinator(), kpi.id(), indicator, kpi.version());
        int version = catalog.specs.get(w.org().admin(), reception.id()).indicators().getFirst().version();

        catalog.edits.removeIndicator(w.org().admin(), reception.id(), indicator, version);

        assertThat(links().linked(w.coordinator(), kpi.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from kpi where id = ? and process_indicator_id is not null").param(kpi.id())
                .query(Integer.class).single()).isZero();
    }

    private String page(MeasureFixtures.World w, String path) throws Exception {
        return mvc.perform(get(path).with(Fixtures.as(w.org().admin()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private KpiIndicatorService links() {
        return fixtures.bean(KpiIndicatorService.class);
    }
}
