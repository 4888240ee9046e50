package org.uptake.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.approval.SignOffService;
import org.uptake.competency.duty.DutyDiff;
import org.uptake.competency.duty.DutyRevision;
import org.uptake.competency.duty.DutyService;
import org.uptake.competency.duty.FunctionsForm;
import org.uptake.competency.duty.IssueForm;
import org.uptake.competency.duty.JobDuties;
import org.uptake.competency.duty.JobDuty;
import org.uptake.competency.plan.PlanSource;
import org.uptake.competency.plan.TrainingPlanService;
import org.uptake.org.position.Position;
import org.uptake.process.catalog.Process;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.CompetencyFixtures;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SignOffFixtures;

class JobDutyTests extends IntegrationTest {

    private CompetencyFixtures competency;
    private DutyService duties;
    private CompetencyFixtures.CarService car;

    @BeforeEach
    void carService() {
        competency = new CompetencyFixtures(fixtures);
        duties = fixtures.bean(DutyService.class);
        car = competency.carService();
    }

    @Test
    void generatesTheServiceAdvisersDutiesFromEverySpecificationWhereItIsAnExecutor() {
        Process other = competency.processes.owned(car.admin(), "Issuing the repaired car", null, car.head());
        competency.processes.executor(car.admin(), other.id(), car.adviser());
        competency.processes.owned(car.admin(), "Ordering parts", null, car.head());

        JobDuties d = duties.duties(car.admin(), car.adviser().id());

        assertThat(d.rows()).extracting(JobDuty::name).containsExactlyInAnyOrder(CompetencyFixtures.RECEIVING, "Issuing the repaired car");
        JobDuty receiving = d.rows().stream().filter(r -> r.name().equals(CompetencyFixtures.RECEIVING)).findFirst().orElseThrow();
        assertThat(receiving.functions()).isEqualTo(CompetencyFixtures.FUNCTIONS);
        assertThat(receiving.functionsSource()).isEqualTo("SPECIFICATION");
        assertThat(receiving.goals()).contains("The client is confident the problem is understood and will be solved (Car owner)");
        assertThat(receiving.results()).containsExactly("Work order", "Defect card", "Receipt for the car");
        assertThat(receiving.indicators()).contains(
                "Client satisfaction with the service — Phone survey of clients; Number of complaints; Number of thank-yous");
    }

    @Test
    void warnsAboutIncompleteAndUnapprovedSpecificationsAndGuessedFunctions() {
        Process thin = competency.processes.process(car.admin(), "Washing the car", null);
        competency.processes.executor(car.admin(), thin.id(), car.adviser());

        JobDuties d = duties.duties(car.admin(), car.adviser().id());

        assertThat(d.warnings()).extracting(w -> w.code() + ":" + w.args().getFirst())
                .contains("duties.warning.incomplete:Washing the car", "duties.warning.notApproved:Washing the car",
                        "duties.warning.missingParts:Washing the car", "duties.warning.noFunctions:Washing the car")
                .doesNotContain("duties.warning.missingParts:" + CompetencyFixtures.RECEIVING);
    }

    @Test
    void refusesToIssueWhileAProvisionalExecutorIsUnresolvedAndChangesNothing() {
        competency.processes.provisionalExecutor(car.admin(), car.receiving().id(), "Network development officer");

        assertThatThrownBy(() -> duties.issue(car.admin(), car.adviser().id(), new IssueForm()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code() + ":" + v.args().getFirst())
                        .containsExactly("duties.error.provisional:" + CompetencyFixtures.RECEIVING));
        assertThat(duties.revisions(car.admin(), car.adviser().id())).isEmpty();
        assertThat(duties.duties(car.admin(), car.adviser().id()).blockedBy()).containsExactly(CompetencyFixtures.RECEIVING);
    }

    @Test
    void issuesARevisionForSignOffByTheProcessOwnerAndApprovalSettlesIt() {
        DutyRevision r = duties.issue(car.admin(), car.adviser().id(), new IssueForm());
        assertThat(r.status()).isEqualTo("IN_SIGN_OFF");
        assertThat(r.revision()).isEqualTo(1);

        SignOffFixtures.of(fixtures).approve(car.headActor(), r.signOffId());

        assertThat(duties.revision(car.admin(), car.adviser().id(), 1).status()).isEqualTo("APPROVED");
        assertThat(duties.revisionRows(car.admin(), car.adviser().id(), 1)).extracting(JobDuty::name)
                .containsExactly(CompetencyFixtures.RECEIVING);
    }

    @Test
    void aStaleIssueIsRefused() {
        duties.issue(car.admin(), car.adviser().id(), new IssueForm());
        var stale = new IssueForm();
        stale.setVersion(0);
        assertThatThrownBy(() -> duties.issue(car.admin(), car.adviser().id(), stale)).isInstanceOf(StaleVersionException.class);
        assertThat(duties.revisions(car.admin(), car.adviser().id())).hasSize(1);
    }

    @Test
    void refusesToIssueDutiesOfAPositionThatExecutesNothing() {
        Position idle = fixtures.position(car.admin(), "Idle position");
        assertThatThrownBy(() -> duties.issue(car.admin(), idle.id(), new IssueForm()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("duties.error.noProcesses"));
    }

    @Test
    void theProcessOwnerRefinesFunctionsWithVersionsAndOthersMayNot() {
        var form = new FunctionsForm();
        form.setFunctions("Receives the car and drafts the work order in the CRM.");
        JobDuty edited = duties.editFunctions(car.headActor(), car.adviser().id(), car.receiving().id(), form);
        assertThat(edited.functionsSource()).isEqualTo("EDITED");
        assertThat(edited.functionsVersion()).isEqualTo(1);

        var stale = new FunctionsForm();
        stale.setFunctions("Overwrites silently");
        assertThatThrownBy(() -> duties.editFunctions(car.headActor(), car.adviser().id(), car.receiving().id(), stale))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> duties.editFunctions(car.adviserActor(), car.adviser().id(), car.receiving().id(), form))
                .isInstanceOf(ForbiddenException.class);
        assertThat(duties.duties(car.admin(), car.adviser().id()).rows().getFirst().functions())
                .isEqualTo("Receives the car and drafts the work order in the CRM.");
    }

    @Test
    void aSpecificationChangeShowsInTheAffectedPositionsDutiesAndMakesTheirSignOffStale() {
        DutyRevision r = duties.issue(car.admin(), car.adviser().id(), new IssueForm());
        SignOffFixtures.of(fixtures).approve(car.headActor(), r.signOffId());
        Position mechanic = fixtures.position(car.admin(), "Mechanic");

        var spec = competency.processes.spec(car.admin(), car.receiving().id());
        competency.processes.goal(car.admin(), car.receiving().id(), spec.clients().getFirst().id(),
                "The client buys additional services of value to them");
        competency.processes.executor(car.admin(), car.receiving().id(), mechanic);

        DutyDiff diff = duties.diff(car.admin(), car.adviser().id());
        assertThat(diff.entries()).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo("CHANGED");
            assertThat(e.fields()).containsExactly("goals");
        });
        assertThat(duties.changes(car.admin(), car.adviser().id())).extracting(c -> c.change())
                .containsExactly("CHANGED", "ADDED");
        assertThat(duties.changes(car.admin(), mechanic.id())).singleElement()
                .satisfies(c -> assertThat(c.change()).isEqualTo("ADDED"));
        assertThat(fixtures.bean(SignOffService.class).find(car.admin(), r.signOffId()).orElseThrow().stale()).isTrue();
    }

    @Test
    void aDutyChangeRaisesATrainingNeedForEveryHolderOnce() {
        var spec = competency.processes.spec(car.admin(), car.receiving().id());
        competency.processes.result(car.admin(), car.receiving().id(), "Order total");
        var change = duties.changes(car.admin(), car.adviser().id()).getFirst();

        int plans = duties.raiseTrainingNeed(car.admin(), change.id(), change.version());

        assertThat(plans).isEqualTo(1);
        var plan = fixtures.bean(TrainingPlanService.class).plan(car.admin(), car.adviserPerson().id());
        assertThat(plan).singleElement().satisfies(i -> {
            assertThat(i.source()).isEqualTo(PlanSource.DUTY_CHANGE);
            assertThat(i.need()).startsWith(CompetencyFixtures.RECEIVING);
        });
        assertThatThrownBy(() -> duties.raiseTrainingNeed(car.admin(), change.id(), change.version() + 1))
                .isInstanceOf(InvalidInputException.class);
        assertThat(spec.clients()).isNotEmpty();
    }

    @Test
    void anotherOrganisationsPositionIsNotFound() {
        Actor stranger = fixtures.newOrganization();
        assertThatThrownBy(() -> duties.duties(stranger, car.adviser().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> duties.issue(stranger, car.adviser().id(), new IssueForm()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void viewersAndEmployeesMayReadButNotIssue() {
        Actor viewer = fixtures.user(car.admin(), null, Role.VIEWER);
        assertThat(duties.duties(viewer, car.adviser().id()).rows()).hasSize(1);
        assertThatThrownBy(() -> duties.issue(car.adviserActor(), car.adviser().id(), new IssueForm()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(duties.revisions(car.admin(), car.adviser().id())).isEqualTo(List.of());
    }
}
