package org.uptake.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.EngagementFixtures.email;
import static org.uptake.support.EngagementFixtures.group;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.engagement.communication.AudienceEntry;
import org.uptake.engagement.communication.Channel;
import org.uptake.engagement.communication.Communication;
import org.uptake.engagement.communication.CommunicationForm;
import org.uptake.engagement.communication.CommunicationService;
import org.uptake.engagement.communication.CommunicationStatus;
import org.uptake.engagement.stakeholder.Attitude;
import org.uptake.program.Program;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.EngagementFixtures;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.ProgramTest;
import org.uptake.support.RolloutFixtures;

/** The communication plan: items for an audience on a date and channel, the calendar, meetings with agenda and notes. */
class CommunicationPlanTests extends ProgramTest {

    private EngagementFixtures engagement;

    @BeforeEach
    void engagementFixtures() {
        engagement = new EngagementFixtures(fixtures);
    }

    private CommunicationService communications() {
        return fixtures.bean(CommunicationService.class);
    }

    private long count(long programId) {
        return jdbc.sql("select count(*) from engagement_communication where program_id = ?").param(programId).query(Long.class).single();
    }

    @Test
    void plansItemsForUnitsPositionsWavesAndStakeholdersAndListsThemByDate() {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var wave = fixtures.bean(WaveService.class).create(w.coordinator(), p.id(),
                RolloutFixtures.waveForm("Wave 1", true, LocalDate.of(2030, 6, 3), w.station()));
        var council = engagement.add(w.coordinator(), p.id(), group("Works council", 5, 3, Attitude.SCEPTICAL));
        var mail = email("Go-live next week", LocalDate.of(2030, 5, 27), List.of(w.root().id()), List.of(council.id()));
        mail.setWaveIds(List.of(wave.id()));
        Communication first = engagement.plan(w.coordinator(), p.id(), mail);
        var meeting = new CommunicationForm();
        meeting.setTitle("Town hall: why we change");
        meeting.setMessageType(org.uptake.engagement.communication.MessageType.WHY);
        meeting.setChannel(Channel.MEETING);
        meeting.setPlannedOn(LocalDate.of(2030, 5, 6));
        meeting.setAgenda("1. Why\n2. What changes for you\n3. Questions");
        meeting.setPositionIds(List.of(programFixtures.positionWithCode(w.admin(), "IT").id()));
        Communication townHall = engagement.plan(w.coordinator(), p.id(), meeting);

        assertThat(first.audience()).extracting(AudienceEntry::name)
                .containsExactlyInAnyOrder("Network", "Wave 1", "Works council");
        var may = communications().list(w.coordinator(), p.id(), LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 31), PageRequest.first(1));
        var rest = communications().list(w.coordinator(), p.id(), LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 31),
                new PageRequest(null, may.next(), 10));
        assertThat(may.items()).extracting(Communication::id).containsExactly(townHall.id());
        assertThat(rest.items()).extracting(Communication::id).containsExactly(first.id());
    }

    @Test
    void refusesAnEmptyAudienceWithAClearErrorAndStoresNothing() throws Exception {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");

        assertThatThrownBy(() -> engagement.plan(w.coordinator(), p.id(), email("Nobody", LocalDate.now(), List.of(), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("communication.error.audienceEmpty"));
        mvc.perform(post("/api/v1/programs/" + p.id() + "/communications").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Nobody\",\"messageType\":\"PROGRESS\",\"channel\":\"MEETING\",\"plannedOn\":\"2030-05-06\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("audience"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("at least one")));
        mvc.perform(post("/programs/" + p.id() + "/communications").with(as(w.coordinator())).with(csrf())
                        .param("title", "Nobody").param("messageType", "PROGRESS").param("channel", "MEETING").param("plannedOn", "2030-05-06"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose the audience")));
        assertThat(count(p.id())).isZero();
    }

    @Test
    void refusesAnOwnerOrUnitOfAnotherOrganisationAndMalformedInputAndStoresNothing() throws Exception {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var otherAdmin = fixtures.newOrganization();
        var stranger = fixtures.person(otherAdmin, "Stranger", null, null);
        var foreignUnit = fixtures.unit(otherAdmin, "Foreign", null);
        var form = email("Hello", LocalDate.now(), List.of(foreignUnit.id()), List.of());
        form.setOwnerPersonId(stranger.id());

        assertThatThrownBy(() -> engagement.plan(w.coordinator(), p.id(), form))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code()).contains("communication.error.owner", "communication.error.unit"));
        String url = "/api/v1/programs/" + p.id() + "/communications";
        String token = fixtures.token(w.coordinator());
        mvc.perform(post(url).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"X\",\"messageType\":\"GOSSIP\",\"channel\":\"EMAIL\",\"plannedOn\":\"2030-05-06\",\"unitIds\":[1]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"X\",\"messageType\":\"PROGRESS\",\"channel\":\"EMAIL\",\"plannedOn\":\"30 May\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"X\",\"messageType\":\"PROGRESS\",\"channel\":\"EMAIL\",\"plannedOn\":\"2030-05-06\","
                                + "\"unitIds\":[" + w.root().id() + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("subject"));
        assertThatThrownBy(() -> communications().list(otherAdmin, p.id(), null, null, PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
        assertThat(count(p.id())).isZero();
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() throws Exception {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Communication c = engagement.plan(w.coordinator(), p.id(), email("Progress", LocalDate.of(2030, 5, 6), List.of(w.root().id()), List.of()));
        var edit = CommunicationForm.of(c);
        edit.setTitle("Progress in May");
        communications().update(w.coordinator(), p.id(), c.id(), edit);

        mvc.perform(put("/api/v1/programs/" + p.id() + "/communications/" + c.id()).with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Late\",\"messageType\":\"PROGRESS\",\"channel\":\"MEETING\",\"plannedOn\":\"2030-05-07\","
                                + "\"unitIds\":[" + w.root().id() + "],\"version\":0}"))
                .andExpect(status().isConflict());
        Communication now = communications().get(w.coordinator(), p.id(), c.id());
        assertThat(now.title()).isEqualTo("Progress in May");
        assertThat(now.channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void aMeetingGetsItsNotesAndIsDoneAndTheCalendarShowsItOnItsDay() throws Exception {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var form = email("Station briefing", LocalDate.of(2030, 5, 8), List.of(w.station().id()), List.of());
        form.setChannel(Channel.MEETING);
        form.setAgenda("Go-live day: who does what");
        Communication c = engagement.plan(w.coordinator(), p.id(), form);
        var done = CommunicationForm.of(c);
        done.setStatus(CommunicationStatus.DONE);
        done.setNotes("Mechanics asked who enters the open orders: the key user, on Sunday.");

        Communication after = communications().update(w.coordinator(), p.id(), c.id(), done);
        var sent = CommunicationForm.of(after);
        sent.setStatus(CommunicationStatus.SENT);

        assertThat(after.status()).isEqualTo(CommunicationStatus.DONE);
        assertThat(after.notes()).startsWith("Mechanics asked");
        assertThatThrownBy(() -> communications().update(w.coordinator(), p.id(), c.id(), sent))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("communication.error.status"));
        mvc.perform(get("/programs/" + p.id() + "/communications?month=2030-05").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"day-2030-05-08\"")))
                .andExpect(content().string(Matchers.containsString("data-testid=\"calendar-item-" + c.id() + "\"")));
        mvc.perform(get("/programs/" + p.id() + "/communications/" + c.id()).with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Go-live day: who does what")));
    }
}
