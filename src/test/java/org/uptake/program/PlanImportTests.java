package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.uptake.program.plan.Task;
import org.uptake.shared.Actor;
import org.uptake.shared.importing.ImportJob;
import org.uptake.shared.importing.ImportProblem;
import org.uptake.shared.importing.ImportService;
import org.uptake.shared.importing.ImportStatus;
import org.uptake.support.ImportFiles;
import org.uptake.support.ProgramTest;

/**
 * A plan as a file: exported in the import's columns, imported back through the one import mechanism with
 * a predecessors column — and every broken file refused as a whole, nothing changed.
 */
class PlanImportTests extends ProgramTest {

    private static final String HEADER = "program,key,phase,title,owner,start,duration_days,finish,predecessors";

    private ImportService imports() {
        return fixtures.bean(ImportService.class);
    }

    private ImportJob check(Actor actor, String... lines) {
        return imports().check(actor, "plan", "plan.csv", ImportFiles.csv(lines));
    }

    private long taskCount(long programId) {
        return jdbc.sql("select count(*) from program_task where program_id = ?").param(programId).query(Long.class).single();
    }

    private List<String> reasons(Actor actor, ImportJob job) {
        return imports().problems(actor, job.id()).stream().map(ImportProblem::code).toList();
    }

    @Test
    void anExportedPlanImportsBackUnchanged() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        byte[] csv = mvc.perform(get("/programs/" + p.id() + "/plan/export.csv").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("plan-" + p.id())))
                .andReturn().getResponse().getContentAsByteArray();

        ImportJob job = imports().check(w.coordinator(), "plan", "plan.csv", csv);

        assertThat(job.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(job.totalRows()).isEqualTo((int) taskCount(p.id()));
        assertThat(job.unchanged()).isEqualTo(job.totalRows());
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("predecessors");
    }

    @Test
    void addsTasksWithTheirPredecessorsAndSchedulesThem() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        long before = taskCount(p.id());
        Task pilot = programFixtures.task(w.coordinator(), p, "pilot");
        String pid = String.valueOf(p.id());

        ImportJob job = check(w.coordinator(), HEADER,
                pid + ",H-1,Hypercare,Set up the help desk,IT Person@x,,5,,",
                pid + ",H-2,Hypercare,Staff the help desk,,,10,,\"H-1, " + pilot.id() + "\"",
                pid + ",H-3,Hypercare,Hand over to operations,,,2,,H-2");
        assertThat(reasons(w.coordinator(), job)).containsExactly("plan.import.error.owner");

        job = check(w.coordinator(), HEADER,
                pid + ",H-1,Hypercare,Set up the help desk,,,5,,",
                pid + ",H-2,Hypercare,Staff the help desk,,,10,,\"H-1, " + pilot.id() + "\"",
                pid + ",H-3,Hypercare,Hand over to operations,,,2,,H-2");
        assertThat(job.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(job.creates()).isEqualTo(3);
        ImportJob applied = imports().apply(w.coordinator(), job.id());

        assertThat(applied.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(taskCount(p.id())).isEqualTo(before + 3);
        var dates = jdbc.sql("""
                select external_key, planned_start, planned_finish from program_task where program_id = ? and external_key like 'H-%'
                order by external_key""").param(p.id())
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getObject(2, java.time.LocalDate.class),
                        rs.getObject(3, java.time.LocalDate.class)}).list();
        var h1Finish = (java.time.LocalDate) dates.get(0)[2];
        var h2Start = (java.time.LocalDate) dates.get(1)[1];
        var h3Start = (java.time.LocalDate) dates.get(2)[1];
        assertThat(h2Start).isAfter(h1Finish).isAfter(pilot.plannedFinish());
        assertThat(h3Start).isAfter((java.time.LocalDate) dates.get(1)[2]);
        assertThat(jdbc.sql("select count(*) from program_phase where program_id = ? and name = 'Hypercare'").param(p.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesADependencyCycleNamingTheCircleAndChangesNothing() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        long before = taskCount(p.id());
        String pid = String.valueOf(p.id());

        ImportJob job = check(w.coordinator(), HEADER,
                pid + ",A,,First,,,1,,C",
                pid + ",B,,Second,,,1,,A",
                pid + ",C,,Third,,,1,,B",
                pid + ",D,,Fine,,,1,,");

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        var problems = imports().problems(w.coordinator(), job.id());
        assertThat(problems).extracting(ImportProblem::row).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(problems).allSatisfy(pr -> {
            assertThat(pr.code()).isEqualTo("plan.import.error.cycle");
            assertThat(pr.args().getFirst().toString()).contains("→").contains("A").contains("B").contains("C");
        });
        assertThat(taskCount(p.id())).isEqualTo(before);
    }

    @Test
    void refusesACycleThroughTheExistingPlan() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task planning = programFixtures.task(w.coordinator(), p, "planning");
        Task training = programFixtures.task(w.coordinator(), p, "training");

        ImportJob job = check(w.coordinator(), "program,key,title,predecessors",
                p.id() + "," + planning.id() + "," + planning.title() + "," + training.id());

        assertThat(reasons(w.coordinator(), job)).contains("plan.import.error.cycle");
        assertThat(programFixtures.task(w.coordinator(), p, "planning").version()).isEqualTo(planning.version());
    }

    @Test
    void refusesAnUnknownPredecessorATaskEndingBeforeItStartsAndAStartBeforeTheProgram() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        long before = taskCount(p.id());
        String pid = String.valueOf(p.id());

        ImportJob job = check(w.coordinator(), HEADER,
                pid + ",X-1,,Waits for a ghost,,,1,,NOPE",
                pid + ",X-2,,Ends too early,,2030-04-10,,2030-04-01,",
                pid + ",X-3,,Starts too early,,2020-01-06,1,,",
                pid + ",X-4,,Waits for itself,,,1,,X-4");

        assertThat(reasons(w.coordinator(), job)).containsExactlyInAnyOrder("plan.import.error.unknownPredecessor",
                "plan.import.error.endsBeforeStart", "plan.import.error.beforeProgramStart", "plan.import.error.selfPredecessor");
        assertThat(taskCount(p.id())).isEqualTo(before);
    }

    @Test
    void refusesStatusChangesRemovedPlaybookRulesAndDuplicateKeys() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        String pid = String.valueOf(p.id());

        ImportJob job = check(w.coordinator(), "program,key,title,status,predecessors",
                pid + "," + training.id() + "," + training.title() + ",DONE,",
                pid + ",N-1,New,,",
                pid + ",N-1,New again,,");

        assertThat(reasons(w.coordinator(), job)).contains("plan.import.error.status", "import.error.duplicate",
                "plan.import.error.playbookDependency");
        assertThat(programFixtures.task(w.coordinator(), p, "training").status().name()).isEqualTo("NOT_STARTED");
    }

    @Test
    void refusesAProgramTheImporterDoesNotRunOrAnotherOrganisations() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var other = programFixtures.world();
        Actor otherCoordinator = other.coordinator();

        ImportJob foreign = check(otherCoordinator, "program,key,title", p.id() + ",Z,Sneaky");

        assertThat(reasons(otherCoordinator, foreign)).containsExactly("plan.import.error.programUnknown");
        assertThat(jdbc.sql("select count(*) from program_task where program_id = ? and title = 'Sneaky'").param(p.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theImportPageLeadsToTheMechanismsPreview() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        mvc.perform(get("/programs/" + p.id() + "/plan/import").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("predecessors")));
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("program", "key", "title"));
        rows.add(List.of(String.valueOf(p.id()), "K-1", "From a spreadsheet"));
        var file = new org.springframework.mock.web.MockMultipartFile("file", "plan.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ImportFiles.xlsx(rows));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/programs/" + p.id() + "/plan/import")
                        .file(file).with(as(w.coordinator()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern("/imports/*"));
    }
}
