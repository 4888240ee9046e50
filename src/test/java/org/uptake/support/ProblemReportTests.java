package org.uptake.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.SupportFixtures.Desk;
import org.uptake.support.sla.ProblemSeverity;

class ProblemReportTests extends SupportTest {

    @Test
    void anEmployeesShortReportLandsInTheirUnitAndTheProgramRollingOutThereWithTheSlaOfItsSeverity() {
        Desk d = support.desk();

        Problem p = support.report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL, "Login fails");

        assertThat(p.unitId()).isEqualTo(d.station().id());
        assertThat(p.programId()).isEqualTo(d.program().id());
        assertThat(p.reporterPersonId()).isEqualTo(d.employee().personId());
        assertThat(p.status()).isEqualTo(ProblemStatus.NEW);
        assertThat(p.slaHours()).isEqualTo(8);
        assertThat(Duration.between(p.createdAt(), p.slaDueAt())).isEqualTo(Duration.ofHours(8));
        assertThat(fixtures.bean(org.uptake.shared.audit.AuditLog.class)
                .history(d.admin().organizationId(), "problem", p.id(), 5)).extracting("action").contains("created");
    }

    @Test
    void aTrainingMaterialProblemNamesTheVersionAndPutsARevisionTaskIntoTheProgramPlan() {
        Desk d = support.desk();
        var form = SupportFixtures.form(ProblemType.TRAINING_MATERIAL, "Guide shows the old screen");
        form.setMaterialName("User guide");
        form.setMaterialVersion("1.2");

        Problem p = support.problems().report(d.employee(), form);

        assertThat(p.materialName()).isEqualTo("User guide");
        assertThat(p.materialVersion()).isEqualTo("1.2");
        assertThat(p.revisionTaskId()).isNotNull();
        Task task = fixtures.bean(TaskService.class).get(d.coordinator(), d.program().id(), p.revisionTaskId());
        assertThat(task.title()).contains("User guide").contains("1.2");
        assertThat(task.sourceModule()).isEqualTo("support");
        assertThat(task.sourceUrl()).isEqualTo("/problems/" + p.id());
        assertThat(task.ownerPersonId()).isEqualTo(d.world().trainer().id());
    }

    @Test
    void aTrainingMaterialProblemWithoutAProgramGetsItsRevisionTaskWhenTriagedIntoOne() {
        Desk d = support.desk();
        var form = SupportFixtures.form(ProblemType.TRAINING_MATERIAL, "Poster is outdated");
        form.setMaterialName("Poster");
        form.setMaterialVersion("3");
        form.setUnitId(fixtures.unit(d.admin(), "Outside the program", null).id());
        Problem p = support.problems().report(d.employee(), form);
        assertThat(p.programId()).isNull();
        assertThat(p.revisionTaskId()).isNull();

        TriageForm t = TriageForm.of(p);
        t.setProgramId(d.program().id());
        Problem triaged = support.problems().triage(d.coordinator(), p.id(), t);

        assertThat(triaged.revisionTaskId()).isNotNull();
    }

    static Stream<Arguments> badReports() {
        return Stream.of(
                Arguments.of("materialName", null, "1.0", "support.error.materialRequired"),
                Arguments.of("materialVersion", "Guide", null, "support.error.materialRequired"),
                Arguments.of("materialVersion", "Guide", "   ", "support.error.materialRequired"));
    }

    @ParameterizedTest
    @MethodSource("badReports")
    void aTrainingMaterialProblemWithoutMaterialOrVersionIsRefusedAndNothingIsStored(String field, String name,
                                                                                   String version, String code) {
        Desk d = support.desk();
        var form = SupportFixtures.form(ProblemType.TRAINING_MATERIAL, "Guide");
        form.setMaterialName(name);
        form.setMaterialVersion(version);

        assertThat(refusal(() -> support.problems().report(d.employee(), form))).isEqualTo(code);
        assertThat(problemsOf(d.admin().organizationId())).isZero();
        assertThat(jdbc.sql("select count(*) from program_task where program_id = ? and source_module = 'support'")
                .param(d.program().id()).query(Integer.class).single()).isZero();
    }

    @Test
    void anotherOrganisationsUnitOrProgramIsRefusedAndNothingIsStored() {
        Desk d = support.desk();
        Desk other = support.desk();
        var form = SupportFixtures.form(ProblemType.QUESTION, "Where?");
        form.setUnitId(other.station().id());
        assertThat(refusal(() -> support.problems().report(d.employee(), form))).isEqualTo("support.error.unitUnknown");

        var second = SupportFixtures.form(ProblemType.QUESTION, "Which?");
        second.setProgramId(other.program().id());
        assertThat(refusal(() -> support.problems().report(d.employee(), second))).isEqualTo("support.error.programUnknown");
        assertThat(problemsOf(d.admin().organizationId())).isZero();
    }

    @Test
    void theEmployeeSeesTheirOwnProblemsTheHeadTheirUnitsAndNeitherSeesAnotherUnits() {
        Desk d = support.desk();
        Problem mine = support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "Mine");
        Problem elsewhere = support.report(d.otherHead(), ProblemType.QUESTION, ProblemSeverity.LOW, "Elsewhere");

        assertThat(support.problems().list(d.employee(), ProblemFilter.NONE, PageRequest.first(50)).items())
                .extracting(ProblemRow::id).containsExactly(mine.id());
        assertThat(support.problems().list(d.head(), ProblemFilter.NONE, PageRequest.first(50)).items())
                .extracting(ProblemRow::id).containsExactly(mine.id());
        assertThat(support.problems().list(d.coordinator(), ProblemFilter.NONE, PageRequest.first(50)).items())
                .extracting(ProblemRow::id).containsExactly(elsewhere.id(), mine.id());
        assertThatThrownBy(() -> support.problems().get(d.head(), elsewhere.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> support.problems().get(d.employee(), elsewhere.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> support.problems().get(support.desk().coordinator(), mine.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHeadsHomePageCountsTheOpenProblemsOfTheUnitsTheyHead() throws Exception {
        Desk d = support.desk();
        support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "In my unit");
        support.report(d.otherHead(), ProblemType.QUESTION, ProblemSeverity.LOW, "Elsewhere");

        assertThat(support.problems().openInHeadedUnits(d.head())).isEqualTo(1L);
        assertThat(support.problems().openInHeadedUnits(d.employee())).isNull();
        String home = mvc.perform(get("/").with(Fixtures.as(d.head()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Open problems in my units: 1");
    }

    @Test
    void theListIsKeysetPagedNewestFirstAndFiltersCombine() {
        Desk d = support.desk();
        for (int i = 0; i < 5; i++) {
            support.report(d.employee(), i % 2 == 0 ? ProblemType.QUESTION : ProblemType.REQUEST, ProblemSeverity.LOW, "P" + i);
        }
        var first = support.problems().list(d.coordinator(), ProblemFilter.NONE, new PageRequest(null, null, 2));
        var second = support.problems().list(d.coordinator(), ProblemFilter.NONE, new PageRequest(null, first.next(), 2));
        var questions = support.problems().list(d.coordinator(),
                new ProblemFilter(null, ProblemType.QUESTION, null, d.world().root().id(), d.program().id(), null, true, false, false),
                PageRequest.first(50));

        assertThat(first.items()).extracting(ProblemRow::title).containsExactly("P4", "P3");
        assertThat(second.items()).extracting(ProblemRow::title).containsExactly("P2", "P1");
        assertThat(questions.items()).extracting(ProblemRow::title).containsExactly("P4", "P2", "P0");
        assertThat(support.problems().list(d.coordinator(), new ProblemFilter(null, null, null, null, null, null, false, false, false),
                new PageRequest("p3", null, 50)).items()).extracting(ProblemRow::title).containsExactly("P3");
    }

    @Test
    void theApiRefusesABlankTitleAnUnknownKindAndBrokenJsonWithClearErrors() throws Exception {
        Desk d = support.desk();
        String token = fixtures.token(d.employee(), "read", "write");

        mvc.perform(post("/api/v1/problems").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"QUESTION\",\"title\":\"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(post("/api/v1/problems").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"COMPLAINT\",\"title\":\"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/problems").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/problems?severity=HUGE").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest());
        assertThat(problemsOf(d.admin().organizationId())).isZero();
    }

    @Test
    void theApiReportsAndReadsBack() throws Exception {
        Desk d = support.desk();
        String token = fixtures.token(d.employee(), "read", "write");

        mvc.perform(post("/api/v1/problems").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"QUESTION\",\"severity\":\"HIGH\",\"title\":\"Where is the report?\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.slaHours").value(24))
                .andExpect(jsonPath("$.unitId").value(d.station().id()));
        mvc.perform(get("/api/v1/problems?mine=true").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].title").value("Where is the report?"));
    }

    @Test
    void theShortFormShowsErrorsInlineAndStoresNothing() throws Exception {
        Desk d = support.desk();

        String html = mvc.perform(post("/problems").with(Fixtures.as(d.employee()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("type", "TRAINING_MATERIAL").param("title", "Guide").param("severity", "LOW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("material");
        assertThat(problemsOf(d.admin().organizationId())).isZero();
    }
}
