package org.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uptake.support.TrainingFixtures.MORNING;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.org.position.Position;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.CriterionResult;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.Wave;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.training.completion.Completion;
import org.uptake.training.completion.CompletionService;
import org.uptake.training.completion.CourseProgress;
import org.uptake.training.completion.UnitCompletion;
import org.uptake.training.course.Course;
import org.uptake.training.enrolment.Attendance;
import org.uptake.training.enrolment.AttendanceMark;
import org.uptake.training.session.TrainingSession;

class CompletionTests extends TrainingTest {

    @Test
    void completedMeansAttendedEveryRequiredCourseAndPassedItsTest() {
        Rollout r = training.rollout(1);
        Position cashier = training.position(r, "Cashier");
        training.wave(r, "Wave 1", r.station(0).unit());
        List<Long> people = training.people(r, r.station(0).unit(), cashier, 4);
        Course orders = training.course(r, "Orders", 70, cashier);
        Course reports = training.course(r, "Reports", null, cashier);
        TrainingSession o = training.session(r, orders, MORNING, null);
        TrainingSession p = training.session(r, reports, MORNING.plusDays(1), null);
        training.enrol(r, o, people);
        training.enrol(r, p, people);

        mark(r, o, people, new Attendance[]{Attendance.ATTENDED, Attendance.ATTENDED, Attendance.ATTENDED, Attendance.NO_SHOW},
                new Integer[]{90, 50, 70, null});
        mark(r, p, people.subList(0, 3), new Attendance[]{Attendance.ATTENDED, Attendance.ATTENDED, Attendance.NO_SHOW},
                new Integer[]{null, null, null});

        Completion board = completion().board(r.coordinator(), r.programId(), null);
        assertThat(board.people()).isEqualTo(4);
        assertThat(board.completed()).as("only the first passed Orders and attended Reports").isEqualTo(1);
        assertThat(board.percent()).isEqualByComparingTo("25");
        assertThat(board.waves()).singleElement().satisfies(w -> assertThat(w.completed()).isEqualTo(1));
        assertThat(completion().ofPerson(r.coordinator(), r.programId(), people.get(1)))
                .extracting(CourseProgress::title, CourseProgress::completed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Orders", false), org.assertj.core.groups.Tuple.tuple("Reports", true));
    }

    @Test
    void theReadinessGateReadsTrainingCompletionFromTheTrainingModule() {
        Rollout r = training.rollout(2);
        Position cashier = training.position(r, "Cashier");
        Wave wave = training.wave(r, "Wave 1", r.station(0).unit(), r.station(1).unit());
        List<Long> first = training.people(r, r.station(0).unit(), cashier, 2);
        training.people(r, r.station(1).unit(), cashier, 2);
        Course orders = training.course(r, "Orders", null, cashier);
        TrainingSession s = training.session(r, orders, MORNING, null);
        training.enrol(r, s, first);

        mark(r, s, first, new Attendance[]{Attendance.ATTENDED, Attendance.ATTENDED}, new Integer[]{null, null});

        ReadinessService readiness = fixtures.bean(ReadinessService.class);
        assertThat(readiness.manual(CriterionKind.TRAINING)).isFalse();
        var board = readiness.board(r.coordinator(), r.programId(), wave.id());
        CriterionResult done = board.stream().filter(u -> u.unit().unitId() == r.station(0).unit().id()).findFirst().orElseThrow()
                .result(CriterionKind.TRAINING);
        CriterionResult notYet = board.stream().filter(u -> u.unit().unitId() == r.station(1).unit().id()).findFirst().orElseThrow()
                .result(CriterionKind.TRAINING);
        assertThat(done.value()).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(done.manual()).isFalse();
        assertThat(done.source()).isEqualTo("training");
        assertThat(done.note()).isEqualTo("2 / 2");
        assertThat(notYet.value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(notYet.passes()).isFalse();
    }

    @Test
    void aUnitInTheSameWaveAsItsParentIsNotCountedTwice() {
        Rollout r = training.rollout(1);
        Position cashier = training.position(r, "Cashier");
        training.wave(r, "Wave 1", r.world().root(), r.station(0).unit());
        training.people(r, r.station(0).unit(), cashier, 2);
        training.course(r, "Till", null, cashier);

        Completion board = completion().board(r.coordinator(), r.programId(), null);

        assertThat(board.units()).extracting(UnitCompletion::people).containsOnly(2);
        assertThat(board.people()).isEqualTo(2);
        assertThat(board.waves()).singleElement().satisfies(w -> assertThat(w.people()).isEqualTo(2));
    }

    @Test
    void aCourseCountsOnlyForItsAudience() {
        Rollout r = training.rollout(1);
        Position cashier = training.position(r, "Cashier");
        Position mechanic = training.position(r, "Mechanic");
        training.wave(r, "Wave 1", r.station(0).unit());
        training.people(r, r.station(0).unit(), cashier, 2);
        training.people(r, r.station(0).unit(), mechanic, 3);
        training.course(r, "Till", null, cashier);

        Completion board = completion().board(r.coordinator(), r.programId(), null);

        assertThat(board.people()).as("only cashiers need the till course").isEqualTo(2);
    }

    @Test
    void aUnitHeadSeesTheUnitsTheyHeadAndAnEmployeeSeesOnlyTheirOwnCourses() {
        Rollout r = training.rollout(2);
        Position cashier = training.position(r, "Cashier");
        training.wave(r, "Wave 1", r.station(0).unit(), r.station(1).unit());
        training.people(r, r.station(0).unit(), cashier, 1);
        training.course(r, "Orders", null, cashier);
        Actor employee = fixtures.user(r.world().admin(), r.station(0).unit().id(), Role.EMPLOYEE);
        Actor colleague = fixtures.user(r.world().admin(), r.station(0).unit().id(), Role.EMPLOYEE);

        Completion headView = completion().board(r.station(0).head(), r.programId(), null);

        assertThat(headView.units()).extracting(UnitCompletion::unitId).containsExactly(r.station(0).unit().id());
        assertThatThrownBy(() -> completion().board(employee, r.programId(), null)).isInstanceOf(ForbiddenException.class);
        assertThat(completion().ofPerson(employee, r.programId(), employee.personId())).isNotNull();
        assertThatThrownBy(() -> completion().ofPerson(employee, r.programId(), colleague.personId()))
                .isInstanceOf(ForbiddenException.class);
    }

    private void mark(Rollout r, TrainingSession s, List<Long> people, Attendance[] attendance, Integer[] scores) {
        List<AttendanceMark> marks = new java.util.ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            marks.add(new AttendanceMark(people.get(i), attendance[i], scores[i]));
        }
        training.enrolments().markAttendance(r.coordinator(), s.id(), marks);
    }

    private CompletionService completion() {
        return fixtures.bean(CompletionService.class);
    }
}
