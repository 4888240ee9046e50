package org.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.uptake.org.position.Position;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.Fixtures;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.training.course.Course;
import org.uptake.training.course.CourseForm;
import org.uptake.training.course.Coverage;
import org.uptake.training.course.Material;

class CourseTests extends TrainingTest {

    @Test
    void createsACourseWithAspectsAudienceDurationAndPassMark() {
        Rollout r = training.rollout(1);
        Position cashier = training.position(r, "Cashier");

        Course c = training.courses().create(r.coordinator(), new CourseForm(r.programId(), " Entering orders ", null,
                List.of("data entry", "request processing", "data entry"), List.of(cashier.id()), List.of(r.station(0).unit().id()),
                90, 80, true, 0));

        assertThat(c.title()).isEqualTo("Entering orders");
        assertThat(c.aspects()).containsExactly("data entry", "request processing");
        assertThat(c.positionIds()).containsExactly(cashier.id());
        assertThat(c.unitIds()).containsExactly(r.station(0).unit().id());
        assertThat(c.durationMinutes()).isEqualTo(90);
        assertThat(c.passMark()).isEqualTo(80);
        assertThat(count("select count(*) from audit_entry where entity_type = 'trainingCourse' and entity_id = ?", c.id())).isEqualTo(1);
    }

    @Test
    void coverageListsTheAspectsNoCourseCovers() {
        Rollout r = training.rollout(1);
        training.courses().saveAspects(r.coordinator(), r.programId(), List.of("Data entry", "Request processing", "Report generation"));
        training.courses().create(r.coordinator(), training.courseForm(r, "Orders", List.of("data entry"), List.of(), List.of(), null));

        Coverage coverage = training.courses().coverage(r.coordinator(), r.programId());

        assertThat(coverage.aspects()).hasSize(3);
        assertThat(coverage.uncovered()).containsExactly("Report generation", "Request processing");
        assertThat(coverage.complete()).isFalse();
    }

    @Test
    void rejectsAPositionOfAnotherOrganisationAndStoresNothing() {
        Rollout r = training.rollout(1);
        Actor otherAdmin = fixtures.newOrganization();
        Position foreign = fixtures.position(otherAdmin, "Foreign");

        String code = refusal(() -> training.courses().create(r.coordinator(),
                training.courseForm(r, "Orders", List.of(), List.of(foreign.id()), List.of(), null)));

        assertThat(code).isEqualTo("training.error.unknownPosition");
        assertThat(training.courses().list(r.coordinator(), r.programId())).isEmpty();
    }

    @Test
    void rejectsAStaleEditAndKeepsTheNewerOne() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        training.courses().update(r.coordinator(), c.id(), training.courseForm(r, "Orders v2", List.of(), List.of(), List.of(), null));

        assertThatThrownBy(() -> training.courses().update(r.coordinator(), c.id(),
                training.courseForm(r, "Orders stale", List.of(), List.of(), List.of(), null)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(training.courses().get(r.coordinator(), c.id()).title()).isEqualTo("Orders v2");
    }

    @Test
    void aCourseWithSessionsCannotBeDeleted() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        training.session(r, c, org.uptake.support.TrainingFixtures.MORNING, 10);

        String code = refusal(() -> training.courses().delete(r.coordinator(), c.id(), c.version()));

        assertThat(code).isEqualTo("training.error.courseHasSessions");
        assertThat(training.courses().get(r.coordinator(), c.id())).isNotNull();
    }

    @Test
    void materialsKeepEveryRevision() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);

        training.courses().addPage(r.coordinator(), c.id(), "User guide", "Step 1");
        Material second = training.courses().addPage(r.coordinator(), c.id(), "User guide", "Step 1, then step 2");
        Material file = training.courses().addFile(r.coordinator(), c.id(), "Instruction", "instruction.pdf", "application/pdf",
                "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8));

        assertThat(second.revision()).isEqualTo(2);
        assertThat(file.fileName()).isEqualTo("instruction.pdf");
        assertThat(training.courses().materials(r.coordinator(), c.id())).extracting(Material::title, Material::revision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Instruction", 1), org.assertj.core.groups.Tuple.tuple("User guide", 2),
                        org.assertj.core.groups.Tuple.tuple("User guide", 1));
        assertThat(new String(training.courses().fileContent(r.coordinator(), file), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 test");
    }

    @Test
    void rejectsAMalformedUploadAndStoresNothing() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        String token = fixtures.token(r.coordinator());

        mvc.perform(multipart("/api/v1/courses/" + c.id() + "/materials").file(new MockMultipartFile("file", "run.exe",
                        "application/x-msdownload", new byte[]{77, 90, 0}))
                        .param("title", "Program").with(Fixtures.bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").exists());
        mvc.perform(multipart("/api/v1/courses/" + c.id() + "/materials").file(new MockMultipartFile("file", "empty.pdf",
                        "application/pdf", new byte[0])).with(Fixtures.bearer(token)))
                .andExpect(status().isBadRequest());

        assertThat(training.courses().materials(r.coordinator(), c.id())).isEmpty();
        assertThat(count("select count(*) from stored_file where organization_id = ?", r.world().admin().organizationId())).isZero();
    }

    @Test
    void theApiRefusesBadInputWithFieldErrorsAndStaleVersionsWithAConflict() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        String token = fixtures.token(r.coordinator());

        mvc.perform(post("/api/v1/courses").with(Fixtures.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programId\":" + r.programId() + ",\"title\":\"\",\"durationMinutes\":0,\"passMark\":101}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(put("/api/v1/courses/" + c.id()).with(Fixtures.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programId\":" + r.programId() + ",\"title\":\"X\",\"durationMinutes\":60,\"version\":7}"))
                .andExpect(status().isConflict());

        assertThat(training.courses().list(r.coordinator(), r.programId())).extracting(Course::title).containsExactly("Orders");
    }

    @Test
    void peopleOutsideTheProgramTeamCannotChangeCoursesAndOtherOrganisationsSeeNothing() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        Actor employee = fixtures.user(r.world().admin(), r.station(0).unit().id(), Role.EMPLOYEE);
        Actor stranger = fixtures.newOrganization();

        assertThatThrownBy(() -> training.courses().create(employee, training.courseForm(r, "Mine", List.of(), List.of(), List.of(), null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> training.courses().get(stranger, c.id())).isInstanceOf(NotFoundException.class);
    }
}
