package org.uptake.engagement.survey;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * Surveys in the demo. Small: a finished anonymous readiness survey of the pilot and the North wave, with
 * answers in every station (reception teams stay below five and roll up to their station), and an open
 * named satisfaction survey of the pilot that the demo employee has still to answer. Large: a readiness
 * survey over the first three region waves (300 units). Answers are written in bulk, as many people would
 * have answered them; the surveys are opened and closed through the service.
 */
@Component
class SurveyDemoData implements DemoDataContributor {

    private final SurveyService surveys;
    private final AnswerService answers;
    private final WaveService waves;
    private final JdbcClient jdbc;

    SurveyDemoData(SurveyService surveys, AnswerService answers, WaveService waves, JdbcClient jdbc) {
        this.surveys = surveys;
        this.answers = answers;
        this.waves = waves;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public void contribute(DemoContext context) {
        Long program = context.id("program.p1");
        Long coordinatorPerson = context.id("person.coordinator");
        if (context.size() == DemoSize.NONE || program == null || coordinatorPerson == null) {
            return;
        }
        long org = context.organizationId();
        Actor coordinator = actor(org, coordinatorPerson, Role.COORDINATOR);
        List<Wave> programWaves = waves.wavesUnchecked(org, program);
        if (programWaves.size() < 2) {
            return;
        }
        // Sent to the North stations and their teams by unit, so the results list the small reception teams too
        // (rolled up into their station); the waves' stations read the score on the readiness board.
        List<Long> north = jdbc.sql("select id from unit where organization_id = ? and code like 'R01-S%' order by code")
                .param(org).query(Long.class).list();
        Survey readiness = open(coordinator, program, SurveyKind.READINESS, "Readiness check: pilot and North", true,
                new Audience(north, null, null, 0));
        answerInBulk(org, readiness.id(), 0.85);
        surveys.close(coordinator, readiness.id(), surveys.find(coordinator, readiness.id()).version());
        Survey satisfaction = open(coordinator, program, SurveyKind.SATISFACTION, "First weeks with the new system", false,
                new Audience(null, null, List.of(programWaves.get(0).id()), 0));
        answerSome(org, satisfaction, context.id("person.employee"), 6);
        Long large = context.id("program.large");
        if (context.size() == DemoSize.LARGE && large != null) {
            List<Wave> regionWaves = waves.wavesUnchecked(org, large);
            if (regionWaves.size() >= 3) {
                Survey big = open(coordinator, large, SurveyKind.READINESS, "Readiness of regions 1–3", true,
                        new Audience(null, null, regionWaves.subList(0, 3).stream().map(Wave::id).toList(), 0));
                answerInBulk(org, big.id(), 0.8);
            }
        }
    }

    private Survey open(Actor coordinator, long program, SurveyKind kind, String title, boolean anonymous, Audience audience) {
        var form = new SurveyForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setAnonymous(anonymous);
        Survey s = surveys.create(coordinator, program, form);
        s = surveys.distribute(coordinator, s.id(), new Audience(audience.unitIds(), null, audience.waveIds(), s.version()));
        return surveys.open(coordinator, s.id(), s.version());
    }

    /**
     * A share of the invited answer at once, in set-based SQL: scale answers lean on the unit (so units differ),
     * the week is one of the last three, choices are drawn among the options; texts are left out.
     */
    private void answerInBulk(long org, long surveyId, double share) {
        jdbc.sql("""
                with picked as (
                    update survey_participation set answered = true
                    where survey_id = :survey and random() < :share returning unit_id, respondent_role),
                responses as (
                    insert into survey_response (organization_id, survey_id, unit_id, respondent_role, week)
                    select :org, :survey, unit_id, respondent_role,
                           date_trunc('week', now() at time zone 'UTC')::date - 7 * floor(random() * 3)::int
                    from picked returning id, unit_id)
                insert into survey_answer (response_id, survey_id, question_id, scale, choice)
                select r.id, :survey, q.id,
                       case when q.type = 'SCALE' then least(5, greatest(1, 2 + (r.unit_id % 3)::int + floor(random() * 2.2)::int)) end,
                       case when q.type in ('SINGLE', 'MULTIPLE') then floor(random() * cardinality(q.options))::int end
                from responses r join survey_question q on q.survey_id = :survey and q.type <> 'TEXT'""")
                .param("survey", surveyId).param("share", share).param("org", org).update();
        jdbc.sql("""
                update survey set answered = (select count(*) from survey_participation where survey_id = :survey and answered)
                where id = :survey""").param("survey", surveyId).update();
    }

    /** A few named answers through the service, leaving the demo employee's open. */
    private void answerSome(long org, Survey s, Long skipPerson, int count) {
        List<Long> people = jdbc.sql("""
                select person_id from survey_participation where survey_id = ? and person_id <> ? order by person_id limit ?""")
                .params(s.id(), skipPerson == null ? -1L : skipPerson, count).query(Long.class).list();
        int n = 0;
        for (long person : people) {
            Actor who = actor(org, person, Role.EMPLOYEE);
            List<Question> questions = surveys.questions(who, s.id());
            String text = TEXTS.get(n % TEXTS.size());
            List<AnswerForm.Item> items = questions.stream().map(q -> switch (q.type()) {
                case SCALE -> new AnswerForm.Item(q.id(), 3 + (int) ((person + q.position()) % 3), null, null);
                case SINGLE, MULTIPLE -> new AnswerForm.Item(q.id(), null, List.of((int) (person % q.options().size())), null);
                case TEXT -> new AnswerForm.Item(q.id(), null, null, text);
            }).toList();
            answers.answer(who, s.id(), new AnswerForm(items));
            n++;
        }
    }

    private static final List<String> TEXTS = List.of("More time to practise with the tablets, please.",
            "The parts lookup is much faster now.", "Printing the work order still takes too long.");

    private Actor actor(long org, long personId, Role role) {
        var row = jdbc.sql("""
                select coalesce(ua.id, 0) as user_id, coalesce(ua.username, 'demo') as username, p.full_name
                from person p left join user_account ua on ua.person_id = p.id where p.id = ?""")
                .param(personId).query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)}).single();
        return new Actor((Long) row[0], org, personId, (String) row[1], (String) row[2], Set.of(role), false, "en", "UTC");
    }
}
