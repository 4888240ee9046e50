package org.uptake.program.gantt;

import java.util.Arrays;
import org.uptake.program.plan.NetworkOrder;

/**
 * The critical path of a finish-to-start network whose dates are already scheduled: a backward pass
 * from the plan's finish gives each task's latest start; its slack is latest minus scheduled start,
 * in working days, and zero slack is critical. Arrays only, linear in tasks plus dependencies.
 *
 * <p>Input per task {@code i}: {@code start[i]} and {@code finish[i]} as working-day indexes and
 * {@code lag[i]} — 1 when a successor may start the working day after the task's finish, 0 for a
 * milestone (its successor may start the same day). Edges are index pairs [predecessor, successor].
 */
final class CriticalPath {

    private CriticalPath() {
    }

    /** Each task's slack in working days; {@code null} when the network has a cycle (never stored, but then nothing is critical). */
    static int[] slack(int[] start, int[] finish, int[] lag, int[][] edges) {
        int n = start.length;
        int[] succCount = new int[n];
        int[] predCount = new int[n];
        for (int[] e : edges) {
            succCount[e[0]]++;
            predCount[e[1]]++;
        }
        int[][] succ = new int[n][];
        for (int i = 0; i < n; i++) {
            succ[i] = new int[succCount[i]];
        }
        int[] fill = new int[n];
        for (int[] e : edges) {
            succ[e[0]][fill[e[0]]++] = e[1];
        }
        int[] order = NetworkOrder.of(n, succ, predCount);
        if (order == null) {
            return null;
        }
        int end = Integer.MIN_VALUE;
        for (int f : finish) {
            end = Math.max(end, f);
        }
        int[] latestStart = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            int latestFinish = end;
            for (int s : succ[i]) {
                latestFinish = Math.min(latestFinish, latestStart[s] - lag[i]);
            }
            latestStart[i] = latestFinish - (finish[i] - start[i]);
        }
        int[] slack = new int[n];
        Arrays.setAll(slack, i -> latestStart[i] - start[i]);
        return slack;
    }
}
