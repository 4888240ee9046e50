package org.uptake.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.program.plan.PlanService;
import org.uptake.report.backlog.BacklogForm;
import org.uptake.report.backlog.BacklogItem;
import org.uptake.report.backlog.BacklogPriority;
import org.uptake.report.backlog.BacklogService;
import org.uptake.report.backlog.BacklogSource;
import org.uptake.report.backlog.BacklogStatus;
import org.uptake.report.wheel.WheelForm;
import org.uptake.report.wheel.WheelKind;
import org.uptake.report.wheel.WheelService;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.ClosureFixtures;
import org.uptake.support.IntegrationTest;
import org.uptake.support.sla.ProblemSeverity;
import org.uptake.support.ProblemType;
import org.uptake.support.SignOffFixtures;
import org.uptake.support.SupportFixtures;

/** The further-development backlog and the annual wheel that turns after the handover. */
class BacklogAndWheelTests extends IntegrationTest {

    @Autowired
    BacklogService backlog;
    @Autowired
    WheelService wheel;
    @Autowired
    PlanService plans;

    ClosureFixtures closure;

    @BeforeEach
    void fixtures() {
        closure = new ClosureFixtures(fixtures);
    }

    private static BacklogForm item(String title) {
        var f = new BacklogForm();
        f.setTitle(title);
        f.setPriority(BacklogPriority.MEDIUM);
        f.setSource(BacklogSource.FEEDBACK);
        return f;
    }

    @Test
    void makesABacklogItemFromAProblemOnceAndFromFeedbackByHand() {
        var w = closure.world();
        var form = SupportFixtures.form(ProblemType.REQUEST, "Export bookings to Excel");
        form.setProgramId(w.id());
        form.setSeverity(ProblemSeverity.HIGH);
        var problem = new SupportFixtures(fixtures).problems().report(w.coordinator(), form);

        BacklogItem fromProblem = backlog.fromProblem(w.coordinator(), w.id(), problem.id());
        backlog.create(w.coordinator(), w.id(), item("Dark mode for the booking screen"));

        assertThat(fromProblem.source()).isEqualTo(BacklogSource.PROBLEM);
        assertThat(fromProblem.priority()).isEqualTo(BacklogPriority.HIGH);
        assertThat(fromProblem.problemId()).isEqualTo(problem.id());
        assertThatThrownBy(() -> backlog.fromProblem(w.coordinator(), w.id(), problem.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().code())
                        .isEqualTo("backlog.error.problemTaken"));
        assertThat(backlog.list(w.coordinator(), w.id(), false, PageRequest.first(10)).items()).hasSize(2);
    }

    @Test
    void refusesAProblemOfAnotherProgramOrOrganisation() {
        var w = closure.world();
        var other = closure.world();
        var form = SupportFixtures.form(ProblemType.QUESTION, "Elsewhere");
        form.setProgramId(other.id());
        var foreign = new SupportFixtures(fixtures).problems().report(other.coordinator(), form);

        assertThatThrownBy(() -> backlog.fromProblem(w.coordinator(), w.id(), foreign.id())).isInstanceOf(InvalidInputException.class);
        assertThat(backlog.list(w.coordinator(), w.id(), false, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void refusesAStaleOrEmptyBacklogChange() {
        var w = closure.world();
        BacklogItem created = backlog.create(w.coordinator(), w.id(), item("Shortcut keys"));
        var done = BacklogForm.of(created);
        done.setStatus(BacklogStatus.DONE);
        backlog.update(w.coordinator(), w.id(), created.id(), done);

        assertThatThrownBy(() -> backlog.update(w.coordinator(), w.id(), created.id(), BacklogForm.of(created)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> backlog.create(w.coordinator(), w.id(), item(" "))).isInstanceOf(InvalidInputException.class);
        assertThat(backlog.get(w.coordinator(), w.id(), created.id()).status()).isEqualTo(BacklogStatus.DONE);
    }

    @Test
    void theLineOwnerKeepsTheBacklogOnlyAfterTheHandover() {
        var w = closure.world();
        assertThatThrownBy(() -> backlog.create(w.lineOwner(), w.id(), item("Before"))).isInstanceOf(ForbiddenException.class);
        var request = closure.sendHandover(w);
        SignOffFixtures.of(fixtures).approve(w.lineOwner(), request.id());

        BacklogItem after = backlog.create(w.lineOwner(), w.id(), item("After the handover"));

        assertThat(after.title()).isEqualTo("After the handover");
    }

    @Test
    void theWheelCreatesEachActivitysTaskOnceForTheComingYear() {
        var w = closure.world();
        var activity = new WheelForm();
        activity.setMonth(LocalDate.now().getMonthValue());
        activity.setKind(WheelKind.ASSURANCE);
        activity.setTitle("Check the booking rules are still followed");
        activity.setOwnerPersonId(w.lineOwner().personId());
        var added = wheel.add(w.coordinator(), w.id(), activity);
        assertThatThrownBy(() -> wheel.createTasks(w.coordinator(), w.id(), LocalDate.now()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().code())
                        .isEqualTo("wheel.error.notInOperation"));
        SignOffFixtures.of(fixtures).approve(w.lineOwner(), closure.sendHandover(w).id());
        int before = plans.search(w.coordinator(), w.id(), new PageRequest("Check the booking rules", null, 50)).size();

        int again = wheel.createTasks(w.lineOwner(), w.id(), LocalDate.now());

        assertThat(before).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(plans.search(w.coordinator(), w.id(), new PageRequest("Check the booking rules", null, 50))).hasSize(1);
        assertThat(wheel.scheduled(w.coordinator(), w.id()).get(added.id())).hasSize(1);
    }

    @Test
    void refusesAnActivityWithoutMonthOrOwner() {
        var w = closure.world();
        var bad = new WheelForm();
        bad.setMonth(13);
        bad.setKind(WheelKind.DEVELOPMENT);
        bad.setTitle("Yearly improvement round");

        assertThatThrownBy(() -> wheel.add(w.coordinator(), w.id(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                        .containsExactlyInAnyOrder("month", "ownerPersonId"));
        assertThat(wheel.list(w.coordinator(), w.id())).isEmpty();
    }
}
