package org.uptake.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;
import static org.uptake.support.ImportRequests.upload;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.support.ImportFiles;
import org.uptake.support.IntegrationTest;
import org.uptake.support.MeasureFixtures;

/** Measurements: recorded by hand, through the API or from a file, each with its provenance and raw record; bad values change nothing. */
class MeasurementTests extends IntegrationTest {

    private MeasureFixtures measure;

    @BeforeEach
    void measure() {
        measure = new MeasureFixtures(fixtures);
    }

    private long count(Kpi kpi) {
        return jdbc.sql("select count(*) from kpi_measurement where kpi_id = ?").param(kpi.id()).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "wrong unit        | {\"value\": 12, \"measuredOn\": \"2025-03-01\", \"unitOfMeasure\": \"%\"}          | unitOfMeasure | measurement.error.wrongUnit",
            "in the future     | {\"value\": 12, \"measuredOn\": \"2999-01-01\"}                                  | measuredOn    | measurement.error.future",
            "before baseline   | {\"value\": 12, \"measuredOn\": \"2024-12-31\"}                                  | measuredOn    | measurement.error.beforeBaseline",
            "not a number      | {\"value\": \"many\", \"measuredOn\": \"2025-03-01\"}                             |               | ",
            "no value          | {\"measuredOn\": \"2025-03-01\"}                                                 | value         | ",
            "unknown unit      | {\"value\": 12, \"measuredOn\": \"2025-03-01\", \"unitId\": 999999999}            | unitId        | measurement.error.unit"})
    void refusesABadMeasurementWithAClearErrorAndStoresNothing(String name, String json, String field, String code) throws Exception {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "BAD");

        var result = mvc.perform(post("/api/v1/kpis/" + kpi.id() + "/measurements").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest());
        if (field != null) {
            result.andExpect(jsonPath("$.errors[0].field").value(field));
        }
        if (code != null) {
            result.andExpect(jsonPath("$.errors[0].code").value(code));
        }
        assertThat(count(kpi)).isZero();
    }

    @Test
    void anApiMeasurementKeepsItsProvenanceAndRawRecord() throws Exception {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "API");
        mvc.perform(post("/api/v1/kpis/" + kpi.id() + "/measurements").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 140, \"measuredOn\": \"2025-03-10\", \"unitOfMeasure\": \"Leads\", \"note\": \"From the CRM\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceKind").value("API"))
                .andExpect(jsonPath("$.raw").value(Matchers.containsString("\"note\":\"From the CRM\"")));
    }

    @Test
    void theKpiOwnerRecordsAndAViewerMayNot() {
        var w = measure.world();
        var ownerActor = fixtures.user(w.org().admin(), w.org().station().id(), Role.EMPLOYEE);
        var form = MeasureFixtures.form(w, "OWN" + org.uptake.support.Fixtures.next(), Aggregation.SUM);
        form.setOwnerPersonId(ownerActor.personId());
        Kpi kpi = fixtures.bean(KpiService.class).create(w.coordinator(), w.program().id(), form);
        var viewer = fixtures.user(w.org().admin(), null, Role.VIEWER);

        measure.measure(ownerActor, kpi, "150", LocalDate.of(2025, 3, 3), null);
        assertThatThrownBy(() -> measure.measure(viewer, kpi, "150", LocalDate.of(2025, 3, 3), null)).isInstanceOf(ForbiddenException.class);
        assertThat(count(kpi)).isEqualTo(1);
    }

    @Test
    void aLargeGapFromTheOwnersMeasurementStillGivesTheCoordinatorATask() {
        var w = measure.world();
        var ownerActor = fixtures.user(w.org().admin(), w.org().station().id(), Role.EMPLOYEE);
        var form = MeasureFixtures.form(w, "OWNGAP" + org.uptake.support.Fixtures.next(), Aggregation.SUM);
        form.setOwnerPersonId(ownerActor.personId());
        Kpi kpi = fixtures.bean(KpiService.class).create(w.coordinator(), w.program().id(), form);

        measure.measure(ownerActor, kpi, "50", LocalDate.of(2025, 3, 3), null);

        assertThat(jdbc.sql("select owner_person_id from program_task where program_id = ? and source_module = 'measure'")
                .param(w.program().id()).query(Long.class).single()).isEqualTo(w.coordinator().personId());
    }

    @Test
    void anImportedFileIsNamedOnEveryMeasurementAndEachValueLeadsToItsRow() throws Exception {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "IMP");
        String station = jdbc.sql("select code from unit where id = ?").param(w.org().station().id()).query(String.class).single();
        byte[] file = ImportFiles.csv("kpi;date;value;unit_of_measure;org_unit;note",
                kpi.code() + ";2025-02-28;120;leads;" + station + ";February",
                kpi.code() + ";2025-03-31;151;leads;;March");

        mvc.perform(upload("kpi-measurements", "crm-leads.csv", file, false).with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isOk());

        var stored = fixtures.bean(MeasurementService.class).list(w.coordinator(), kpi.id(), org.uptake.shared.paging.PageRequest.first(10)).items();
        assertThat(stored).extracting(m -> m.importFileName() + "#" + m.importLine() + ":" + m.value().stripTrailingZeros().toPlainString())
                .containsExactly("crm-leads.csv#3:151", "crm-leads.csv#2:120");
        assertThat(stored.getFirst().raw()).contains("\"note\":\"March\"");
        assertThat(stored.getFirst().sourceKind()).isEqualTo(SourceKind.IMPORT);
        mvc.perform(get("/programs/" + w.program().id() + "/kpis/" + kpi.id() + "/measurements/" + stored.getFirst().id()).with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("crm-leads.csv")))
                .andExpect(content().string(Matchers.containsString("row 3")));
    }

    @Test
    void anImportWithAWrongUnitOrAFutureDateIsRejectedWholeAndStoresNothing() throws Exception {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "IMPBAD");
        byte[] file = ImportFiles.csv("kpi,date,value,unit_of_measure",
                kpi.code() + ",2025-02-28,120,leads",
                kpi.code() + ",2025-03-31,151,%",
                kpi.code() + ",2999-03-31,151,leads",
                "NOPE,2025-03-31,1,");

        mvc.perform(upload("kpi-measurements", "bad.csv", file, false).with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errorCount").value(3));
        assertThat(count(kpi)).isZero();
    }

    @Test
    void theKpiPagesShowTheChartThePeriodsAndTheUnitsBehindAFigure() throws Exception {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "PAGE");
        measure.measure(w.coordinator(), kpi, "70", LocalDate.of(2025, 3, 3), w.org().root().id());
        measure.measure(w.coordinator(), kpi, "65", LocalDate.of(2025, 3, 4), w.org().station().id());

        mvc.perform(get("/programs/" + w.program().id() + "/kpis").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(kpi.name())))
                .andExpect(content().string(Matchers.containsString("Health: amber")));
        mvc.perform(get("/programs/" + w.program().id() + "/kpis/" + kpi.id()).param("period", "2025-03-01").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-chart=\"kpi\"")))
                .andExpect(content().string(Matchers.containsString("/vendor/echarts/echarts.min.js")))
                .andExpect(content().string(Matchers.containsString("Station 1")))
                .andExpect(content().string(Matchers.containsString("sum of each unit")));
        mvc.perform(get("/kpis").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(kpi.name())));
    }

    @Test
    void aKpiIsAddedFromThePageWithAPresetAndABadFormShowsItsErrors() throws Exception {
        var w = measure.world();
        mvc.perform(get("/programs/" + w.program().id() + "/kpis").param("preset", "CTR").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Click-through rate")));
        mvc.perform(post("/programs/" + w.program().id() + "/kpis").with(as(w.coordinator())).with(csrf())
                        .param("preset", "CTR").param("code", "CTR" + org.uptake.support.Fixtures.next()).param("goalId", String.valueOf(w.goal().id()))
                        .param("baselineValue", "1.2").param("baselineDate", "2025-01-01").param("targetValue", "2.0").param("targetDate", "2025-12-01")
                        .param("smallGapPct", "5").param("largeGapPct", "15"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/programs/" + w.program().id() + "/kpis").with(as(w.coordinator())).with(csrf())
                        .param("code", "X" + org.uptake.support.Fixtures.next()).param("name", "Broken").param("unitOfMeasure", "%")
                        .param("direction", "INCREASE").param("goalId", String.valueOf(w.goal().id()))
                        .param("baselineValue", "1").param("baselineDate", "2025-01-01").param("targetValue", "2").param("targetDate", "2024-01-01")
                        .param("smallGapPct", "5").param("largeGapPct", "15"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The target date must come after the baseline date.")));
        assertThat(jdbc.sql("select count(*) from kpi where program_id = ?").param(w.program().id()).query(Long.class).single()).isEqualTo(1);
    }
}
