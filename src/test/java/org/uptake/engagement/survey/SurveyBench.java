package org.uptake.engagement.survey;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.uptake.support.Fixtures.bearer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.org.unit.Unit;
import org.uptake.program.Program;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveService;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.RolloutFixtures;

/**
 * The survey budget of issue 5, printed (not asserted — bench/RESULTS.md records them): results of an
 * anonymous readiness survey over 300 units (10 regions × 30 stations, 20 people each, 80 % answered),
 * through the service and over HTTP, plus the readiness board that reads the same figures.
 * Not a *Tests class, so the build does not run it; {@code bench/run-survey.sh} does.
 */
class SurveyBench extends IntegrationTest {

    @Test
    void printsTheSurveyFigures() throws Exception {
        ProgramFixtures programs = new ProgramFixtures(fixtures);
        ProgramFixtures.World w = programs.world();
        Program p = programs.program(w, "P1");
        long org = w.admin().organizationId();
        List<Long> stations = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            Unit region = fixtures.unit(w.admin(), "Region " + r, w.root().id());
            jdbc.sql("""
                    insert into unit (organization_id, code, name, unit_type, parent_id, path, depth)
                    select ?, 'B' || ? || '-' || n, 'Station ' || ? || '-' || n, 'branch', ?, '', ? from generate_series(1, 30) n""")
                    .params(org, r, r, region.id(), region.depth() + 1).update();
            jdbc.sql("update unit set path = ? || id || '/' where parent_id = ?").params(region.path(), region.id()).update();
            stations.addAll(jdbc.sql("select id from unit where parent_id = ? order by id").param(region.id()).query(Long.class).list());
        }
        jdbc.sql("""
                insert into person (organization_id, employee_number, full_name, unit_id, employment_status)
                select ?, 'S' || u.id || '-' || n, 'Bench person ' || u.id || '-' || n, u.id, 'ACTIVE'
                from unit u cross join generate_series(1, 20) n where u.organization_id = ? and u.code like 'B%'""")
                .params(org, org).update();
        jdbc.sql("analyze unit").update();
        jdbc.sql("analyze person").update();
        var rolloutForm = RolloutFixtures.waveForm("Bench wave", false, java.time.LocalDate.now().plusMonths(1));
        rolloutForm.setUnitIds(stations);
        Wave wave = fixtures.bean(WaveService.class).create(w.coordinator(), p.id(), rolloutForm);

        SurveyService surveys = fixtures.bean(SurveyService.class);
        var form = new SurveyForm();
        form.setTitle("Bench readiness");
        Survey s = surveys.create(w.coordinator(), p.id(), form);
        s = surveys.distribute(w.coordinator(), s.id(), new Audience(null, null, List.of(wave.id()), s.version()));
        s = surveys.open(w.coordinator(), s.id(), s.version());
        int answered = jdbc.sql("""
                with picked as (
                    update survey_participation set answered = true where survey_id = :survey and random() < 0.8
                    returning unit_id, respondent_role),
                responses as (
                    insert into survey_response (organization_id, survey_id, unit_id, respondent_role, week)
                    select :org, :survey, unit_id, respondent_role, current_date - 7 * floor(random() * 3)::int from picked
                    returning id, unit_id)
                insert into survey_answer (response_id, survey_id, question_id, scale, choice)
                select r.id, :survey, q.id,
                       case when q.type = 'SCALE' then 1 + floor(random() * 5)::int end,
                       case when q.type = 'SINGLE' then floor(random() * 3)::int end
                from responses r join survey_question q on q.survey_id = :survey and q.type <> 'TEXT'""")
                .param("survey", s.id()).param("org", org).update();
        jdbc.sql("analyze survey_response").update();
        jdbc.sql("analyze survey_answer").update();
        jdbc.sql("analyze survey_participation").update();
        System.out.printf("survey over %d units: %,d invited, %,d answer rows%n", stations.size(), s.invited(), answered);

        SurveyResultService results = fixtures.bean(SurveyResultService.class);
        long id = s.id();
        report("results (service), 300 units", () -> results.results(w.coordinator(), id));
        String token = fixtures.token(w.coordinator(), "read");
        report("GET /api/v1/surveys/{id}/results (MockMvc, JSON)", () -> {
            try {
                mvc.perform(get("/api/v1/surveys/" + id + "/results").with(bearer(token))).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ReadinessService readiness = fixtures.bean(ReadinessService.class);
        report("readiness board of the wave (all signals), 300 units", () -> readiness.board(w.coordinator(), p.id(), wave.id()));
        explain("groups query", """
                explain (analyze, buffers) with resp as (
                    select survey_id, unit_id, respondent_role, count(*) as n from survey_response
                    where organization_id = %d and survey_id in (%d) group by survey_id, unit_id, respondent_role),
                ans as (
                    select r.survey_id, r.unit_id, r.respondent_role, sum(a.scale) as s, count(a.scale) as c
                    from survey_answer a join survey_question q on q.id = a.question_id and q.readiness
                    join survey_response r on r.id = a.response_id
                    where a.survey_id in (%d) and r.organization_id = %d group by r.survey_id, r.unit_id, r.respondent_role)
                select * from resp left join ans on ans.survey_id = resp.survey_id and ans.unit_id is not distinct from resp.unit_id
                     and ans.respondent_role = resp.respondent_role""".formatted(org, id, id, org));
        explain("answer counts query", """
                explain (analyze, buffers) select a.question_id, r.unit_id, r.respondent_role, a.scale, a.choice, count(*)
                from survey_answer a join survey_response r on r.id = a.response_id
                where a.survey_id = %d and r.organization_id = %d and a.text_value is null
                group by a.question_id, r.unit_id, r.respondent_role, a.scale, a.choice""".formatted(id, org));
    }

    private void explain(String what, String sql) {
        List<String> plan = jdbc.sql(sql).query(String.class).list();
        System.out.println("EXPLAIN " + what + ":");
        plan.forEach(line -> System.out.println("  " + line));
    }

    private static void report(String what, Runnable call) {
        for (int i = 0; i < 10; i++) {
            call.run();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            call.run();
            times.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(times);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, times.get(30) / 1000.0, times.get(56) / 1000.0,
                times.getLast() / 1000.0);
    }
}
