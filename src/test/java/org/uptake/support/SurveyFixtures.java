package org.uptake.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uptake.engagement.survey.AnswerForm;
import org.uptake.engagement.survey.AnswerService;
import org.uptake.engagement.survey.Audience;
import org.uptake.engagement.survey.Question;
import org.uptake.engagement.survey.QuestionType;
import org.uptake.engagement.survey.Survey;
import org.uptake.engagement.survey.SurveyForm;
import org.uptake.engagement.survey.SurveyKind;
import org.uptake.engagement.survey.SurveyService;
import org.uptake.org.unit.Unit;
import org.uptake.rollout.wave.Wave;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * Surveys for tests, through the real services: a rollout whose depots each have a head and a number of
 * employees with accounts, a readiness survey for a wave, and everyone answering with a given scale value.
 */
public final class SurveyFixtures {

    private final Fixtures fixtures;
    private final RolloutFixtures rollouts;

    public SurveyFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.rollouts = new RolloutFixtures(fixtures);
    }

    /** A rollout with one wave over its depots; {@code staff[i]} employees in depot i besides its head. */
    public record World(RolloutFixtures.Rollout rollout, Wave wave, List<List<Actor>> staff) {
        public Actor coordinator() {
            return rollout.coordinator();
        }

        public long programId() {
            return rollout.programId();
        }

        public Unit depot(int i) {
            return rollout.station(i).unit();
        }

        public Actor head(int i) {
            return rollout.station(i).head();
        }

        public Actor admin() {
            return rollout.world().admin();
        }
    }

    public World world(int... staff) {
        RolloutFixtures.Rollout r = rollouts.rollout(staff.length);
        Unit[] depots = r.stations().stream().map(RolloutFixtures.Station::unit).toArray(Unit[]::new);
        Wave wave = rollouts.wave(r, "Wave 1", false, LocalDate.now().plusMonths(2), depots);
        List<List<Actor>> people = new ArrayList<>();
        for (int i = 0; i < staff.length; i++) {
            List<Actor> list = new ArrayList<>();
            for (int j = 0; j < staff[i]; j++) {
                list.add(fixtures.user(r.world().admin(), depots[i].id(), Role.EMPLOYEE));
            }
            people.add(list);
        }
        return new World(r, wave, people);
    }

    public SurveyService surveys() {
        return fixtures.bean(SurveyService.class);
    }

    public AnswerService answers() {
        return fixtures.bean(AnswerService.class);
    }

    public static SurveyForm form(SurveyKind kind, String title, boolean anonymous) {
        var form = new SurveyForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setAnonymous(anonymous);
        return form;
    }

    /** A readiness survey from the built-in template, sent to the world's wave. */
    public Survey draft(World w, boolean anonymous) {
        Survey s = surveys().create(w.coordinator(), w.programId(), form(SurveyKind.READINESS, "Ready for go-live?", anonymous));
        return surveys().distribute(w.coordinator(), s.id(), new Audience(null, null, List.of(w.wave().id()), s.version()));
    }

    public Survey opened(World w, boolean anonymous) {
        Survey s = draft(w, anonymous);
        return surveys().open(w.coordinator(), s.id(), s.version());
    }

    /** Answers every required question: scale questions with {@code scale}, choices with the first option, texts with a line. */
    public static AnswerForm answers(List<Question> questions, int scale) {
        List<AnswerForm.Item> items = new ArrayList<>();
        for (Question q : questions) {
            items.add(switch (q.type()) {
                case SCALE -> new AnswerForm.Item(q.id(), scale, null, null);
                case SINGLE, MULTIPLE -> new AnswerForm.Item(q.id(), null, List.of(0), null);
                case TEXT -> new AnswerForm.Item(q.id(), null, null, "Answer " + Fixtures.next());
            });
        }
        return new AnswerForm(items);
    }

    public void answer(Actor who, Survey s, int scale) {
        answers().answer(who, s.id(), answers(surveys().questions(who, s.id()), scale));
    }

    public void answerAll(List<Actor> people, Survey s, int scale) {
        people.forEach(p -> answer(p, s, scale));
    }

    /** A named readiness survey of the station's unit that its head answers with the lowest value, then
     * closed (which recomputes the stored readiness): the survey score drops to 0. */
    public Survey lowReadiness(RolloutFixtures.Rollout r, RolloutFixtures.Station station) {
        Survey s = surveys().create(r.coordinator(), r.programId(), form(SurveyKind.READINESS, "Pulse", false));
        s = surveys().distribute(r.coordinator(), s.id(), new Audience(List.of(station.unit().id()), null, null, s.version()));
        s = surveys().open(r.coordinator(), s.id(), s.version());
        answer(station.head(), s, 1);
        return surveys().close(r.coordinator(), s.id(), s.version());
    }

    /** An employee with an account in the depot, holding the position. */
    public Actor employee(World w, int depot, org.uptake.org.position.Position position, String language) {
        var person = fixtures.person(w.admin(), "Employee " + Fixtures.next(), w.depot(depot).id(), position.id());
        Actor a = fixtures.account(w.admin().organizationId(), person.id(), "emp-" + Fixtures.next(), Role.EMPLOYEE);
        return new Actor(a.userId(), a.organizationId(), a.personId(), a.username(), a.displayName(), a.roles(), false, language, "UTC");
    }

    public static Question first(List<Question> questions, QuestionType type) {
        return questions.stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }
}
