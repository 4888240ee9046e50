package org.uptake.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.approval.DecisionForm;
import org.uptake.approval.SignOffDecision;
import org.uptake.approval.SignOffService;
import org.uptake.procurement.supplier.AcceptanceForm;
import org.uptake.procurement.supplier.DeliveryForm;
import org.uptake.procurement.supplier.DeliveryStatus;
import org.uptake.procurement.supplier.KickoffForm;
import org.uptake.procurement.supplier.MeetingForm;
import org.uptake.procurement.supplier.MeetingReminders;
import org.uptake.procurement.supplier.StageAcceptance;
import org.uptake.procurement.supplier.StageDelivery;
import org.uptake.procurement.supplier.Supplier;
import org.uptake.procurement.supplier.SupplierForm;
import org.uptake.procurement.supplier.SupplierKind;
import org.uptake.procurement.supplier.SupplierService;
import org.uptake.program.Program;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.ProgramTest;

/** Controlling the integrator: kick-off, weekly status meetings with an alert, stages accepted by sign-off. */
class SupplierManagementTests extends ProgramTest {

    private ProgramFixtures.World w;
    private Program p;
    private Supplier integrator;

    @BeforeEach
    void integrator() {
        w = programFixtures.world();
        p = programFixtures.program(w, "P1");
        integrator = suppliers().create(w.coordinator(), p.id(), new SupplierForm("Remark Integration", SupplierKind.INTEGRATOR,
                "pm@remark.example", 0));
    }

    private SupplierService suppliers() {
        return fixtures.bean(SupplierService.class);
    }

    private void backdate(LocalDate created) {
        jdbc.sql("update procurement_supplier set created_at = ? where id = ?").params(created.atStartOfDay(), integrator.id()).update();
    }

    @Test
    void aWeekWithoutAStatusMeetingIsAnAlertOnTheTabAndInTheDailyCheck() throws Exception {
        LocalDate today = LocalDate.now();
        backdate(today.minusDays(20));
        suppliers().saveKickoff(w.coordinator(), p.id(), integrator.id(), new KickoffForm(today.minusDays(12), "Stage 1 in six weeks",
                "Our PM and IT; their PM and two consultants", "Time and materials, monthly cap", "Demo, test protocol, sign-off", 0));

        assertThat(suppliers().get(w.coordinator(), p.id(), integrator.id()).meetingOverdue(today)).isTrue();
        mvc.perform(get("/programs/" + p.id() + "/procurement").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"meeting-alert\"")));
        assertThat(fixtures.bean(MeetingReminders.class).run(today)).isOne();
        assertThat(fixtures.bean(MeetingReminders.class).run(today)).as("once a week, not every day").isZero();

        suppliers().addMeeting(w.coordinator(), p.id(), integrator.id(), new MeetingForm(today.minusDays(1), "PM, consultants", "On track"));

        assertThat(suppliers().get(w.coordinator(), p.id(), integrator.id()).meetingOverdue(today)).isFalse();
        assertThat(suppliers().meetings(w.coordinator(), p.id(), integrator.id(),
                org.uptake.shared.paging.PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void aDeliveredStageIsAcceptedWhenItsSignOffIsApproved() {
        StageDelivery stage = suppliers().addDelivery(w.coordinator(), p.id(), integrator.id(),
                new DeliveryForm("Stage 1: orders and work orders", LocalDate.now()));
        Actor sponsor = fixtures.account(w.admin().organizationId(), w.sponsor().id(), "sponsor" + org.uptake.support.Fixtures.next(),
                Role.EMPLOYEE);

        StageDelivery asked = fixtures.bean(StageAcceptance.class).request(w.coordinator(), p.id(), integrator.id(), stage.id(),
                new AcceptanceForm(List.of(w.sponsor().id()), stage.version()));
        SignOffService signOffs = fixtures.bean(SignOffService.class);
        signOffs.decide(sponsor, asked.signOffId(), new DecisionForm(SignOffDecision.APPROVED, null, null, null, null,
                signOffs.get(sponsor, asked.signOffId()).version()));

        assertThat(asked.status()).isEqualTo(DeliveryStatus.IN_ACCEPTANCE);
        assertThat(suppliers().deliveries(w.coordinator(), p.id(), integrator.id()))
                .extracting(StageDelivery::status).containsExactly(DeliveryStatus.ACCEPTED);
    }

    @Test
    void refusesAFutureMeetingAnAcceptanceWithoutApproversAndAStaleKickoffAndChangesNothing() throws Exception {
        StageDelivery stage = suppliers().addDelivery(w.coordinator(), p.id(), integrator.id(),
                new DeliveryForm("Stage 1", LocalDate.now()));

        assertThatThrownBy(() -> suppliers().addMeeting(w.coordinator(), p.id(), integrator.id(),
                new MeetingForm(LocalDate.now().plusDays(3), "PM", null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.bean(StageAcceptance.class).request(w.coordinator(), p.id(), integrator.id(), stage.id(),
                new AcceptanceForm(List.of(), stage.version()))).isInstanceOf(InvalidInputException.class);
        suppliers().saveKickoff(w.coordinator(), p.id(), integrator.id(), new KickoffForm(LocalDate.now(), "Goals", "Team",
                "Fixed price", "Protocol", 0));
        mvc.perform(put("/api/v1/programs/" + p.id() + "/suppliers/" + integrator.id() + "/kickoff")
                        .with(bearer(fixtures.token(w.coordinator()))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"2020-01-01\",\"goals\":\"Late\",\"team\":\"T\",\"contractFormat\":\"C\","
                                + "\"acceptanceProcess\":\"A\",\"version\":0}"))
                .andExpect(status().isConflict());

        assertThat(suppliers().meetings(w.coordinator(), p.id(), integrator.id(),
                org.uptake.shared.paging.PageRequest.first(10)).items()).isEmpty();
        assertThat(suppliers().deliveries(w.coordinator(), p.id(), integrator.id()))
                .extracting(StageDelivery::status).containsExactly(DeliveryStatus.DELIVERED);
        assertThat(suppliers().kickoff(w.coordinator(), p.id(), integrator.id()).orElseThrow().goals()).isEqualTo("Goals");
    }

    @Test
    void anotherOrganisationFindsNothing() throws Exception {
        var other = programFixtures.world();
        mvc.perform(get("/api/v1/programs/" + p.id() + "/suppliers/" + integrator.id()).with(bearer(fixtures.token(other.coordinator()))))
                .andExpect(status().isNotFound());
    }
}
