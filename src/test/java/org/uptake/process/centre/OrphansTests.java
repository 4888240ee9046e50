package org.uptake.process.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrphansTests {

    private static final List<Orphans.Line> CATALOG = List.of(
            new Orphans.Line(1, null, "Car service", 1),
            new Orphans.Line(2, 1L, "Receiving", 2),
            new Orphans.Line(3, 1L, "Repairing", 2),
            new Orphans.Line(4, 3L, "Diagnosing", 3),
            new Orphans.Line(5, null, "Managing people", 1),
            new Orphans.Line(6, 5L, "Recruiting", 2),
            new Orphans.Line(7, 5L, "Training", 2));

    @Test
    void listsOnlyTheTopOfEachBranchThatNothingServes() {
        assertThat(Orphans.find(CATALOG, Set.of(), 100))
                .containsExactly(new OrphanProcess(1, "Car service", 1, 3), new OrphanProcess(5, "Managing people", 1, 2));
    }

    @Test
    void aServedParentCoversItsSubProcessesAndAServedChildLeavesOnlyItsUnservedSiblings() {
        assertThat(Orphans.find(CATALOG, Set.of(1L), 100)).containsExactly(new OrphanProcess(5, "Managing people", 1, 2));
        assertThat(Orphans.find(CATALOG, Set.of(2L, 6L), 100)).containsExactly(
                new OrphanProcess(3, "Repairing", 2, 1), new OrphanProcess(7, "Training", 2, 0));
    }
}
