package org.uptake.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.competency.assessment.Assessment;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.assessment.LevelsForm;
import org.uptake.competency.catalog.CatalogService;
import org.uptake.competency.catalog.CompetencyKind;
import org.uptake.competency.catalog.ValueForm;
import org.uptake.competency.plan.PlanSource;
import org.uptake.competency.plan.TrainingPlanService;
import org.uptake.competency.profile.JobProfile;
import org.uptake.competency.profile.ProfileService;
import org.uptake.competency.profile.RequirementForm;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.CompetencyFixtures;
import org.uptake.support.IntegrationTest;

class ProfileAndAssessmentTests extends IntegrationTest {

    private CompetencyFixtures.CarService car;
    private ProfileService profiles;
    private AssessmentService assessments;

    @BeforeEach
    void carService() {
        car = new CompetencyFixtures(fixtures).carService();
        profiles = fixtures.bean(ProfileService.class);
        assessments = fixtures.bean(AssessmentService.class);
    }

    private long require(Long processId, CompetencyKind kind, String name, int level) {
        var f = new RequirementForm();
        f.setProcessId(processId);
        f.setKind(kind);
        f.setName(name);
        f.setRequiredLevel(level);
        return profiles.add(car.admin(), car.adviser().id(), f).competencyId();
    }

    @Test
    void buildsTheSevenSectionProfileFromRequirementsValuesDutiesAndIndicators() {
        long pid = car.receiving().id();
        require(null, CompetencyKind.GENERAL_KNOWLEDGE, "Car design basics", 3);
        require(pid, CompetencyKind.SUBJECT_KNOWLEDGE, "Car-service business processes", 4);
        require(pid, CompetencyKind.SKILL, "Working in the CRM", 3);
        require(pid, CompetencyKind.PERSONAL_QUALITY, "Attentiveness", 4);
        var value = new ValueForm();
        value.setName("Client first");
        fixtures.bean(CatalogService.class).addValue(car.admin(), value);
        profiles.addResponsibility(car.admin(), car.adviser().id(), "Car owners' loyalty");

        JobProfile p = profiles.profile(car.adviserActor(), car.adviser().id());

        assertThat(p.generalKnowledge()).extracting(l -> l.name()).containsExactly("Car design basics");
        assertThat(p.subjectKnowledge()).singleElement().satisfies(l -> assertThat(l.level()).isEqualTo(4));
        assertThat(p.skills()).extracting(l -> l.name()).containsExactly("Working in the CRM");
        assertThat(p.personalQualities()).extracting(l -> l.name()).containsExactly("Attentiveness");
        assertThat(p.values()).containsExactly("Client first");
        assertThat(p.functionalDuties()).singleElement().asString().startsWith(CompetencyFixtures.RECEIVING + ": Listens");
        assertThat(p.areasOfResponsibility()).contains("Client satisfaction with the service", "Car owners' loyalty");
        assertThat(p.pendingAgreements()).isNotEmpty();
    }

    @Test
    void eachPartyAgreesAsWhoTheyAreAndAChangeOutdatesTheAgreement() {
        long pid = car.receiving().id();
        require(pid, CompetencyKind.SKILL, "Working in the CRM", 3);
        profiles.agree(car.headActor(), car.adviser().id(), pid, "PROCESS_OWNER");
        profiles.agree(car.adviserActor(), car.adviser().id(), pid, "EMPLOYEE");
        assertThatThrownBy(() -> profiles.agree(car.adviserActor(), car.adviser().id(), pid, "PROCESS_OWNER"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(profiles.agreements(car.admin(), car.adviser().id())).allMatch(a -> a.current());

        require(pid, CompetencyKind.SKILL, "Phone negotiation", 3);

        assertThat(profiles.agreements(car.admin(), car.adviser().id())).noneMatch(a -> a.current());
    }

    @Test
    void refusesALevelBeyondTheScaleAndAProcessThePositionDoesNotExecute() {
        assertThatThrownBy(() -> require(null, CompetencyKind.SKILL, "Juggling", 9)).isInstanceOf(InvalidInputException.class);
        var other = new CompetencyFixtures(fixtures).processes.process(car.admin(), "Unrelated", null);
        assertThatThrownBy(() -> require(other.id(), CompetencyKind.SKILL, "Juggling", 2)).isInstanceOf(InvalidInputException.class);
        assertThat(profiles.requirements(car.admin(), car.adviser().id())).isEmpty();
    }

    @Test
    void assessesAPersonAndTurnsEveryGapIntoTheIndividualTrainingPlan() {
        long crm = require(car.receiving().id(), CompetencyKind.SKILL, "Working in the CRM", 4);
        long attentive = require(car.receiving().id(), CompetencyKind.PERSONAL_QUALITY, "Attentiveness", 3);
        Assessment a = assessments.start(car.admin(), car.adviserPerson().id());
        assertThat(a.items()).hasSize(2);

        var self = new LevelsForm();
        self.setLevels(Map.of(crm, 3, attentive, 3));
        self.setVersion(a.version());
        a = assessments.rate(car.adviserActor(), a.id(), self);
        var agreed = new LevelsForm();
        agreed.setLevels(Map.of(crm, 2, attentive, 3));
        agreed.setVersion(a.version());
        a = assessments.agree(car.admin(), a.id(), agreed);

        assertThat(a.agreed()).isTrue();
        assertThat(a.items()).extracting(i -> i.competencyName() + "=" + i.gap()).containsExactlyInAnyOrder("Working in the CRM=2", "Attentiveness=0");
        var plan = fixtures.bean(TrainingPlanService.class).plan(car.adviserActor(), car.adviserPerson().id());
        assertThat(plan).singleElement().satisfies(i -> {
            assertThat(i.source()).isEqualTo(PlanSource.GAP);
            assertThat(i.currentLevel()).isEqualTo(2);
            assertThat(i.targetLevel()).isEqualTo(4);
        });
        var unit = fixtures.unit(car.admin(), "Reception", null);
        var person = fixtures.bean(org.uptake.org.person.PersonService.class);
        var form = org.uptake.org.person.PersonForm.of(car.adviserPerson());
        form.setUnitId(unit.id());
        person.update(car.admin(), car.adviserPerson().id(), form);
        var matrix = assessments.matrix(car.admin(), null, false);
        assertThat(matrix.rows()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Reception");
            assertThat(r.cells().get(crm).withGap()).isEqualTo(1);
        });
    }

    @Test
    void assessmentsAreSeenOnlyByThePersonTheirManagerAndCoordinators() {
        require(car.receiving().id(), CompetencyKind.SKILL, "Working in the CRM", 4);
        Assessment a = assessments.start(car.admin(), car.adviserPerson().id());
        Actor viewer = fixtures.user(car.admin(), null, Role.VIEWER);
        Actor colleague = new CompetencyFixtures(fixtures).processes.holder(car.admin(), car.adviser(), Role.EMPLOYEE);
        Actor coordinator = fixtures.user(car.admin(), null, Role.COORDINATOR);

        assertThat(assessments.get(car.adviserActor(), a.id()).id()).isEqualTo(a.id());
        assertThat(assessments.get(coordinator, a.id()).id()).isEqualTo(a.id());
        assertThatThrownBy(() -> assessments.get(viewer, a.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.get(colleague, a.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.start(car.adviserActor(), car.adviserPerson().id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void badLevelsAndStaleVersionsChangeNothing() {
        long crm = require(car.receiving().id(), CompetencyKind.SKILL, "Working in the CRM", 4);
        Assessment a = assessments.start(car.admin(), car.adviserPerson().id());
        var wild = new LevelsForm();
        wild.setLevels(Map.of(crm, 42));
        assertThatThrownBy(() -> assessments.rate(car.adviserActor(), a.id(), wild)).isInstanceOf(InvalidInputException.class);
        var stale = new LevelsForm();
        stale.setLevels(Map.of(crm, 2));
        stale.setVersion(a.version() + 5);
        assertThatThrownBy(() -> assessments.rate(car.adviserActor(), a.id(), stale)).isInstanceOf(StaleVersionException.class);
        var incomplete = new LevelsForm();
        assertThatThrownBy(() -> assessments.agree(car.admin(), a.id(), incomplete)).isInstanceOf(InvalidInputException.class);
        assertThat(assessments.get(car.admin(), a.id()).items().getFirst().selfLevel()).isNull();
    }

    @Test
    void aPersonWithoutAProfileCannotBeAssessed() {
        assertThatThrownBy(() -> assessments.start(car.admin(), car.adviserPerson().id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("assessment.error.emptyProfile"));
        assertThat(assessments.forPerson(car.admin(), car.adviserPerson().id())).isEmpty();
    }
}
