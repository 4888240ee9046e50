package org.uptake.program.plan;

/**
 * Kahn's topological order of a task network given as successor lists, shared by the scheduler's
 * forward pass and the Gantt's critical-path backward pass so both read the network the same way.
 */
public final class NetworkOrder {

    private NetworkOrder() {
    }

    /**
     * The task indexes in an order where every predecessor comes before its successors, or
     * {@code null} when the network has a cycle. {@code remaining} (each task's predecessor count) is
     * used up; pass a copy when it is needed afterwards.
     */
    public static int[] of(int n, int[][] succ, int[] remaining) {
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (remaining[i] == 0) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            for (int s : succ[queue[head++]]) {
                if (--remaining[s] == 0) {
                    queue[tail++] = s;
                }
            }
        }
        return tail == n ? queue : null;
    }
}
