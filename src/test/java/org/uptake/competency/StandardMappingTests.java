package org.uptake.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.competency.plan.PlanItem;
import org.uptake.competency.plan.PlanSource;
import org.uptake.competency.plan.TrainingPlanService;
import org.uptake.competency.standard.AttestationForm;
import org.uptake.competency.standard.AttestationService;
import org.uptake.competency.standard.ComplianceRow;
import org.uptake.competency.standard.MandatoryReason;
import org.uptake.competency.standard.Mapping;
import org.uptake.competency.standard.MappingForm;
import org.uptake.competency.standard.MappingService;
import org.uptake.competency.standard.Standard;
import org.uptake.competency.standard.StandardFunction;
import org.uptake.competency.standard.StandardService;
import org.uptake.competency.standard.TitleChange;
import org.uptake.org.position.Position;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.IntegrationTest;

/** Mapping positions to a standard by functional analysis, compliance, title alignment and attestations into training plans. */
class StandardMappingTests extends IntegrationTest {

    private Actor admin;
    private Standard standard;
    private List<StandardFunction> labour;
    private MappingService mappings;
    private AttestationService attestations;

    @BeforeEach
    void sample() {
        admin = fixtures.newOrganization();
        standard = fixtures.bean(StandardService.class).importSample(admin);
        labour = fixtures.bean(StandardService.class).functions(admin, standard.id()).stream().filter(f -> !f.generalised()).toList();
        mappings = fixtures.bean(MappingService.class);
        attestations = fixtures.bean(AttestationService.class);
    }

    private MappingForm form(Position p, boolean analysed, boolean mandatory) {
        var f = new MappingForm();
        f.setPositionId(p.id());
        f.setFunctionIds(List.of(labour.get(0).id(), labour.get(1).id()));
        if (analysed) {
            f.setPositionGoals("Clients hand their car over confident that the problem will be solved");
            f.setGoalsMatch(true);
            f.setAnalysisNote("The position exists to receive cars and advise clients, as the standard's goal says");
        }
        f.setMandatory(mandatory);
        f.setMandatoryReason(mandatory ? MandatoryReason.COMPENSATIONS : null);
        return f;
    }

    @Test
    void warnsAboutAMatchByTitleAloneUntilTheGoalsAreCompared() {
        Position adviser = fixtures.position(admin, "Service adviser");
        Mapping byTitle = mappings.map(admin, standard.id(), form(adviser, false, false));
        assertThat(byTitle.titleOnly()).isTrue();

        var analysed = form(adviser, true, false);
        analysed.setVersion(byTitle.version());
        Mapping m = mappings.update(admin, byTitle.id(), analysed);

        assertThat(m.titleOnly()).isFalse();
        assertThat(m.requiredLevel()).isEqualTo(4);
    }

    @Test
    void requiresAReasonForAMandatoryStandardAndALawWhereTheLawIsTheReason() {
        Position adviser = fixtures.position(admin, "Service adviser");
        var f = form(adviser, true, true);
        f.setMandatoryReason(null);
        assertThatThrownBy(() -> mappings.map(admin, standard.id(), f)).isInstanceOf(InvalidInputException.class);
        f.setMandatoryReason(MandatoryReason.LAW);
        assertThatThrownBy(() -> mappings.map(admin, standard.id(), f)).isInstanceOf(InvalidInputException.class);
        f.setFunctionIds(List.of());
        f.setMandatoryReason(MandatoryReason.BENEFITS);
        assertThatThrownBy(() -> mappings.map(admin, standard.id(), f)).isInstanceOf(InvalidInputException.class);
        assertThat(mappings.forStandard(admin, standard.id())).isEmpty();
    }

    @Test
    void requiresTheTitleOnlyWhereTheStandardIsMandatoryAndListsTheDocumentsToAmend() {
        Position recommended = fixtures.position(admin, "Client receptionist");
        Position mandatory = fixtures.position(admin, "Car acceptance clerk");
        Mapping free = mappings.map(admin, standard.id(), form(recommended, true, false));
        Mapping bound = mappings.map(admin, standard.id(), form(mandatory, true, true));

        assertThat(free.titleChangeNeeded()).isFalse();
        assertThat(bound.titleChangeNeeded()).isTrue();
        assertThatThrownBy(() -> mappings.alignTitle(admin, free.id(), "Service adviser", recommended.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> mappings.alignTitle(admin, bound.id(), "Chief wizard", mandatory.version()))
                .isInstanceOf(InvalidInputException.class);

        TitleChange change = mappings.alignTitle(admin, bound.id(), "Service adviser", mandatory.version());

        assertThat(change.oldTitle()).isEqualTo("Car acceptance clerk");
        assertThat(change.documents()).containsExactly("STAFFING_TABLE", "EMPLOYMENT_CONTRACT", "PERSONAL_CARD", "JOB_DESCRIPTION");
        assertThat(fixtures.positionService().get(admin, mandatory.id()).title()).isEqualTo("Service adviser");
        assertThat(mappings.get(admin, bound.id()).titleAligned()).isTrue();
    }

    @Test
    void refusesAStaleTitleChangeAndAStaleMappingEdit() {
        Position p = fixtures.position(admin, "Car acceptance clerk");
        Mapping m = mappings.map(admin, standard.id(), form(p, true, true));
        assertThatThrownBy(() -> mappings.alignTitle(admin, m.id(), "Service adviser", p.version() + 1))
                .isInstanceOf(StaleVersionException.class);
        assertThat(fixtures.positionService().get(admin, p.id()).title()).isEqualTo("Car acceptance clerk");
        assertThat(mappings.titleChanges(admin, p.id())).isEmpty();

        var stale = form(p, false, false);
        stale.setVersion(m.version() + 1);
        assertThatThrownBy(() -> mappings.update(admin, m.id(), stale)).isInstanceOf(StaleVersionException.class);
        assertThat(mappings.get(admin, m.id()).mandatory()).isTrue();
    }

    @Test
    void attestationGapsBecomeTrainingNeedsNotDismissalAndShowInTheComplianceMatrix() {
        Position adviser = fixtures.position(admin, "Service adviser");
        var anna = fixtures.person(admin, "Anna Adviser", null, adviser.id());
        var boris = fixtures.person(admin, "Boris Adviser", null, adviser.id());
        Mapping m = mappings.map(admin, standard.id(), form(adviser, true, true));

        var gap = new AttestationForm();
        gap.setPersonId(anna.id());
        gap.setAttainedLevel(3);
        gap.setUnmetFunctionIds(List.of(labour.get(1).id()));
        gap.setHeldOn(LocalDate.now());
        var recorded = attestations.record(admin, m.id(), gap);
        var pass = new AttestationForm();
        pass.setPersonId(boris.id());
        pass.setAttainedLevel(4);
        pass.setHeldOn(LocalDate.now());
        attestations.record(admin, m.id(), pass);

        assertThat(recorded.attestation().passed()).isFalse();
        assertThat(recorded.trainingNeeds()).isEqualTo(1);
        List<PlanItem> plan = fixtures.bean(TrainingPlanService.class).plan(admin, anna.id());
        assertThat(plan).singleElement().satisfies(i -> {
            assertThat(i.source()).isEqualTo(PlanSource.ATTESTATION);
            assertThat(i.need()).contains("A/02.4");
        });
        assertThat(fixtures.bean(TrainingPlanService.class).plan(admin, boris.id())).isEmpty();
        ComplianceRow row = mappings.compliance(admin).getFirst();
        assertThat(row.holders()).isEqualTo(2);
        assertThat(row.met()).isEqualTo(1);
        assertThat(row.levelMet()).isFalse();
        assertThat(row.titleAligned()).isTrue();
    }

    @Test
    void refusesAnAttestationOfSomeoneWhoDoesNotHoldThePosition() {
        Position adviser = fixtures.position(admin, "Service adviser");
        var outsider = fixtures.person(admin, "Olga Outsider", null, null);
        Mapping m = mappings.map(admin, standard.id(), form(adviser, true, false));
        var f = new AttestationForm();
        f.setPersonId(outsider.id());
        f.setAttainedLevel(2);
        f.setHeldOn(LocalDate.now());

        assertThatThrownBy(() -> attestations.record(admin, m.id(), f)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from attestation where organization_id = ?").param(admin.organizationId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheWorkingGroupMapsAndOnlyAdminsRename() {
        Position adviser = fixtures.position(admin, "Service adviser");
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        Actor coordinator = fixtures.user(admin, null, Role.COORDINATOR);
        assertThatThrownBy(() -> mappings.map(employee, standard.id(), form(adviser, true, true))).isInstanceOf(ForbiddenException.class);
        Mapping m = mappings.map(coordinator, standard.id(), form(adviser, true, true));
        assertThat(mappings.forStandard(employee, standard.id())).hasSize(1);
        assertThatThrownBy(() -> mappings.compliance(employee)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> mappings.alignTitle(coordinator, m.id(), "Service adviser", 0)).isInstanceOf(ForbiddenException.class);
    }
}
