package org.uptake.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.measure.adoption.AdoptionFigures;
import org.uptake.measure.adoption.AdoptionService;
import org.uptake.org.person.Person;
import org.uptake.support.IntegrationTest;
import org.uptake.support.RolloutFixtures;

/** Adoption: batches of usage events with a scoped token, idempotent by event id; active people per day, wave and unit of live units. */
class AdoptionTests extends IntegrationTest {

    /** Depot 1 went live ten days ago with its head and two people; depot 2, with one more person, is not live. */
    private record Scene(RolloutFixtures.Rollout rollout, Person a, Person b, Person c, String token) {
        long program() {
            return rollout.programId();
        }
    }

    private Scene scene() {
        var rollouts = new RolloutFixtures(fixtures);
        var r = rollouts.rollout(2);
        var admin = r.world().admin();
        Person a = fixtures.person(admin, "Anna Active", r.station(0).unit().id(), null);
        Person b = fixtures.person(admin, "Boris Busy", r.station(0).unit().id(), null);
        Person c = fixtures.person(admin, "Carl Later", r.station(1).unit().id(), null);
        rollouts.wave(r, "Wave 1", false, LocalDate.now().plusDays(30), r.station(0).unit(), r.station(1).unit());
        var unit = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.waves().markLive(r.coordinator(), r.programId(), unit.id(), LocalDate.now().minusDays(10), unit.version());
        return new Scene(r, a, b, c, fixtures.token(r.coordinator(), "adoption"));
    }

    private static String event(String id, String user, String feature, Instant at) {
        return "{\"eventId\":\"" + id + "\",\"user\":\"" + user + "\",\"feature\":\"" + feature + "\",\"occurredAt\":\"" + at + "\"}";
    }

    private String batch(Scene s, String suffix) {
        Instant now = Instant.now();
        return "{\"programId\":" + s.program() + ",\"events\":[" + String.join(",", List.of(
                event("a-1" + suffix, s.a().email().toUpperCase(), "orders", now.minus(1, ChronoUnit.DAYS)),
                event("b-1" + suffix, s.b().employeeNumber(), "reports", now.minus(3, ChronoUnit.DAYS)),
                event("c-1" + suffix, s.c().email(), "orders", now),
                event("x-1" + suffix, "nobody@example.test", "orders", now),
                event("old" + suffix, s.a().email(), "orders", now.minus(40, ChronoUnit.DAYS)),
                event("bad" + suffix, s.a().email(), "orders", now).replace(now.toString(), "yesterday"))) + "]}";
    }

    private org.springframework.test.web.servlet.ResultActions send(Scene s, String body) throws Exception {
        return mvc.perform(post("/api/v1/adoption-events").with(bearer(s.token())).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long events(Scene s) {
        return jdbc.sql("select count(*) from adoption_event where program_id = ?").param(s.program()).query(Long.class).single();
    }

    private AdoptionFigures figures(Scene s) {
        return fixtures.bean(AdoptionService.class).figures(s.rollout().coordinator(), s.program(), 14);
    }

    @Test
    void storesABatchRejectsUnknownAccountsAndEventsOutsideTheWindowAndReportsThem() throws Exception {
        Scene s = scene();
        send(s, batch(s, "")).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(6))
                .andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.rejected").value(3))
                .andExpect(jsonPath("$.rejections[0].reason").value("unknownUser"))
                .andExpect(jsonPath("$.rejections[1].reason").value("outsideWindow"))
                .andExpect(jsonPath("$.rejections[2].reason").value("invalidTime"));

        AdoptionFigures f = figures(s);
        assertThat(f.today().active()).isEqualTo(2);
        assertThat(f.today().scope()).isEqualTo(3);
        assertThat(f.waves()).singleElement().satisfies(w -> assertThat(w.active() + "/" + w.scope()).isEqualTo("2/3"));
        assertThat(f.units()).extracting(u -> u.name() + "=" + u.active()).containsExactly("Depot 1=2", "Depot 2=0");
        assertThat(f.days().get(f.days().size() - 4).active()).isEqualTo(1);
    }

    @Test
    void aRetriedBatchIsNotCountedTwice() throws Exception {
        Scene s = scene();
        String body = batch(s, "");
        send(s, body).andExpect(status().isOk());
        send(s, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.duplicates").value(3));

        assertThat(events(s)).isEqualTo(3);
        assertThat(figures(s).today().active()).isEqualTo(2);
        assertThat(figures(s).events()).isEqualTo(3);
    }

    @Test
    void theActiveWindowIsConfigurableAndEveryDayIsCountedAgain() throws Exception {
        Scene s = scene();
        send(s, batch(s, "")).andExpect(status().isOk());

        fixtures.bean(AdoptionService.class).setActiveDays(s.rollout().coordinator(), s.program(), 2, 0);

        assertThat(figures(s).activeDays()).isEqualTo(2);
        assertThat(figures(s).today().active()).isEqualTo(1);
    }

    @Test
    void theNightlyRollForwardKeepsPeopleActiveOnADayWithoutEvents() throws Exception {
        Scene s = scene();
        send(s, batch(s, "")).andExpect(status().isOk());
        assertThat(figures(s).today().active()).isEqualTo(2);
        jdbc.sql("delete from adoption_unit_day where program_id = ? and day = current_date").param(s.program()).update();
        assertThat(figures(s).today().active()).isZero();

        fixtures.bean(AdoptionService.class).rollForward(LocalDate.now());

        assertThat(figures(s).today().active()).isEqualTo(2);
    }

    @Test
    void onlyATokenScopedToAdoptionMaySendAndItMayDoNothingElse() throws Exception {
        Scene s = scene();
        String writeToken = fixtures.token(s.rollout().coordinator());
        mvc.perform(post("/api/v1/adoption-events").with(bearer(writeToken)).contentType(MediaType.APPLICATION_JSON).content(batch(s, "")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/kpis").with(bearer(s.token()))).andExpect(status().isForbidden());
        assertThat(events(s)).isZero();
    }

    @Test
    void aBatchOnlyMarksTheDaysItChangedAndTheRecountJobCountsThem() throws Exception {
        Scene s = scene();
        send(s, batch(s, "")).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from adoption_dirty where program_id = ?").param(s.program()).query(Long.class).single())
                .isPositive();

        fixtures.bean(org.uptake.measure.adoption.AdoptionService.class).recountPendingEverywhere();

        assertThat(jdbc.sql("select count(*) from adoption_dirty where program_id = ?").param(s.program()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select max(active) from adoption_unit_day where program_id = ? and day = current_date").param(s.program())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void malformedJsonIsABadRequestAndStoresNothing() throws Exception {
        Scene s = scene();
        send(s, "{\"programId\": " + s.program() + ", \"events\": [{\"eventId\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("adoption.error.malformed"));
        send(s, "{\"programId\": " + s.program() + ", \"events\": []}").andExpect(status().isBadRequest());
        assertThat(events(s)).isZero();
    }

    @Test
    void anOversizeBatchIsRefusedWithTheLimitStatedAndStoresNothing() throws Exception {
        Scene s = scene();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            many.add(event("e" + i, s.a().email(), "orders", Instant.now()));
        }
        send(s, "{\"programId\":" + s.program() + ",\"events\":[" + String.join(",", many) + "]}")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.limit").value(5000))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("5,000")));
        send(s, "{\"programId\":" + s.program() + ",\"events\":[],\"padding\":\"" + "x".repeat(2_100_000) + "\"}")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("MB")));
        assertThat(events(s)).isZero();
    }

    @Test
    void theAdoptionTabShowsTheCurveWavesAndBatches() throws Exception {
        Scene s = scene();
        send(s, batch(s, "")).andExpect(status().isOk());
        mvc.perform(get("/programs/" + s.program() + "/adoption").with(as(s.rollout().coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-chart=\"lines\"")))
                .andExpect(content().string(Matchers.containsString("Wave 1")))
                .andExpect(content().string(Matchers.containsString("unknownUser")));
    }
}
