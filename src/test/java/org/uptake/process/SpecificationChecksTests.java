package org.uptake.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.uptake.org.position.Position;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessForm;
import org.uptake.process.spec.ExecutorSpecification;
import org.uptake.process.spec.SpecificationChanged;
import org.uptake.process.spec.SpecificationCheck;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProcessFixtures;

@RecordApplicationEvents
class SpecificationChecksTests extends IntegrationTest {

    @Autowired
    private ApplicationEvents events;

    private ProcessFixtures processes;
    private Actor admin;
    private Position adviser;
    private Position head;

    @BeforeEach
    void organisation() {
        processes = new ProcessFixtures(fixtures);
        admin = fixtures.newOrganization();
        adviser = fixtures.position(admin, "Service adviser");
        head = fixtures.position(admin, "Head of the car service");
    }

    private List<String> failed(long processId) {
        return processes.specs.checks(admin, processId).stream().filter(c -> !c.passed()).map(SpecificationCheck::key).toList();
    }

    @Test
    void everyProcessNeedsAClientATwoToFourSentenceDescriptionAndAnOwner() {
        Process p = processes.process(admin, "Receiving a car", null);
        assertThat(failed(p.id())).contains("clients", "description", "owner");
        var form = ProcessForm.of(processes.processes.get(admin, p.id()));
        form.setDescription("Only one sentence.");
        processes.processes.update(admin, p.id(), form);
        assertThat(failed(p.id())).contains("description");
        form = ProcessForm.of(processes.processes.get(admin, p.id()));
        form.setDescription("One. Two. Three. Four. Five.");
        processes.processes.update(admin, p.id(), form);
        assertThat(failed(p.id())).contains("description");
        Process owned = processes.owned(admin, "Returning a car", null, head);
        processes.client(admin, owned.id(), "Car owner");
        assertThat(failed(owned.id())).doesNotContain("clients", "description", "owner");
    }

    @Test
    void warnsThatAOneOffChainIsNotAProcess() {
        Process p = processes.process(admin, "Opening the new station", null);
        var form = ProcessForm.of(p);
        form.setRepeatsRegularly(false);
        processes.processes.update(admin, p.id(), form);
        assertThat(failed(p.id())).contains("repeats");
    }

    @Test
    void raisesCompletenessAsTheSpecificationIsFilledAndStoresIt() {
        Process top = processes.process(admin, "Car service", null);
        Process p = processes.owned(admin, "Receiving a car", top.id(), head);
        int empty = processes.processes.get(admin, p.id()).completeness();
        processes.measured(admin, p.id());
        processes.resource(admin, p.id(), "Client booking", "Dispatcher", null);
        processes.executor(admin, p.id(), adviser);
        var form = ProcessForm.of(processes.processes.get(admin, p.id()));
        form.setContent("Listens, writes the work order, inspects the car.");
        form.setBenefit("A flow of clients and revenue.");
        processes.processes.update(admin, p.id(), form);
        Process full = processes.processes.get(admin, p.id());
        assertThat(empty).isLessThan(50);
        assertThat(full.completeness()).isEqualTo(100);
        assertThat(processes.processes.get(admin, top.id()).completeness())
                .as("a level-1 process with a sub-process passes its structure check").isPositive();
    }

    @Test
    void flagsProvisionalExecutorsInTheCompleteness() {
        Process p = processes.owned(admin, "Developing the network", null, head);
        processes.provisionalExecutor(admin, p.id(), "Network development officer");
        assertThat(failed(p.id())).contains("executorsResolved");
        assertThat(processes.specs.hasUnresolvedProvisionalRoles(admin, p.id())).isTrue();
    }

    @Test
    void letsTheHoldersOfTheOwnerPositionEditTheirProcessOnly() {
        Actor owner = processes.holder(admin, head, Role.EMPLOYEE);
        Process mine = processes.owned(admin, "Receiving a car", null, head);
        Process theirs = processes.owned(admin, "Buying parts", null, adviser);
        processes.client(owner, mine.id(), "Car owner");
        assertThat(processes.spec(admin, mine.id()).clients()).hasSize(1);
        assertThatThrownBy(() -> processes.client(owner, theirs.id(), "Mechanic")).isInstanceOf(ForbiddenException.class);
        var handOver = ProcessForm.of(processes.processes.get(admin, mine.id()));
        handOver.setOwnerPositionId(adviser.id());
        assertThatThrownBy(() -> processes.processes.update(owner, mine.id(), handOver)).isInstanceOf(ForbiddenException.class);
        assertThat(processes.processes.get(admin, mine.id()).ownerPositionId()).isEqualTo(head.id());
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        assertThatThrownBy(() -> processes.client(employee, mine.id(), "Mechanic")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void announcesWhichPositionsGainLoseOrKeepAProcess() {
        Position mechanic = fixtures.position(admin, "Mechanic");
        Process p = processes.owned(admin, "Receiving a car", null, head);
        long adviserRow = processes.executor(admin, p.id(), adviser);
        events.clear();
        processes.executor(admin, p.id(), mechanic);
        SpecificationChanged added = events.stream(SpecificationChanged.class).reduce((a, b) -> b).orElseThrow();
        assertThat(added.addedPositions()).containsExactly(mechanic.id());
        assertThat(added.changedPositions()).containsExactly(adviser.id());
        processes.edits.removeExecutor(admin, p.id(), adviserRow, 0);
        SpecificationChanged removed = events.stream(SpecificationChanged.class).reduce((a, b) -> b).orElseThrow();
        assertThat(removed.removedPositions()).containsExactly(adviser.id());
        processes.processes.delete(admin, p.id(), processes.processes.get(admin, p.id()).version());
        SpecificationChanged gone = events.stream(SpecificationChanged.class).reduce((a, b) -> b).orElseThrow();
        assertThat(gone.change()).isEqualTo(SpecificationChanged.Change.REMOVED);
        assertThat(gone.removedPositions()).containsExactly(mechanic.id());
    }

    @Test
    void answersEverySpecificationAPositionExecutesWithGoalsResultsAndIndicators() {
        Process p = processes.owned(admin, "Receiving a car", null, head);
        processes.measured(admin, p.id());
        processes.executor(admin, p.id(), adviser);
        processes.process(admin, "Not executed by the adviser", null);
        List<ExecutorSpecification> specs = processes.specs.forExecutor(admin, adviser.id());
        assertThat(specs).hasSize(1);
        ExecutorSpecification s = specs.getFirst();
        assertThat(s.name()).isEqualTo("Receiving a car");
        assertThat(s.ownerTitle()).isEqualTo("Head of the car service");
        assertThat(s.goals()).extracting(ExecutorSpecification.Goal::client).containsExactly("Car owner");
        assertThat(s.results()).containsExactly("Work order");
        assertThat(s.indicators().getFirst().methods()).containsExactly("Phone survey");
        assertThat(s.indicators().getFirst().goal()).isEqualTo("The client is confident the problem is understood");
        assertThat(s.hasProvisionalExecutors()).isFalse();
    }
}
