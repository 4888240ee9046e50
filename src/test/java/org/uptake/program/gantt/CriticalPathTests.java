package org.uptake.program.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The critical path: the chain with no slack from the plan's start to its finish, in working days. */
class CriticalPathTests {

    @Test
    void theLongerBranchIsCriticalAndTheShorterHasSlack() {
        // A(0..4) → B(5..9) → D(10..10); A → C(5..6) → D
        int[] start = {0, 5, 5, 10};
        int[] finish = {4, 9, 6, 10};
        int[] lag = {1, 1, 1, 1};
        int[][] edges = {{0, 1}, {0, 2}, {1, 3}, {2, 3}};

        int[] slack = CriticalPath.slack(start, finish, lag, edges);

        assertThat(slack).containsExactly(0, 0, 3, 0);
    }

    @Test
    void aMilestoneLetsItsSuccessorStartTheSameDay() {
        // M is a milestone on day 4; S starts day 4 and ends the plan
        int[] start = {0, 4, 4};
        int[] finish = {3, 4, 9};
        int[] lag = {1, 0, 1};
        int[][] edges = {{0, 1}, {1, 2}};

        assertThat(CriticalPath.slack(start, finish, lag, edges)).containsExactly(0, 0, 0);
    }

    @Test
    void aTaskPushedByItsOwnNotBeforeDateLeavesSlackToItsPredecessor() {
        // A(0..1) → B starts day 5 (a "not before" date) and ends the plan
        int[] start = {0, 5};
        int[] finish = {1, 7};
        int[] lag = {1, 1};

        assertThat(CriticalPath.slack(start, finish, lag, new int[][]{{0, 1}})).containsExactly(3, 0);
    }

    @Test
    void aCycleMarksNothing() {
        assertThat(CriticalPath.slack(new int[]{0, 1}, new int[]{0, 1}, new int[]{1, 1}, new int[][]{{0, 1}, {1, 0}})).isNull();
    }
}
