package org.uptake.program.planio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cycles of a directed graph (predecessor → successor), each as one concrete loop A → B → … → A.
 * Tarjan's strongly connected components, iterative so a 5,000-task chain cannot overflow the stack;
 * linear in nodes plus edges.
 */
final class DependencyCycles {

    private DependencyCycles() {
    }

    static List<List<Long>> find(Map<Long, List<Long>> successors) {
        var tarjan = new Tarjan(successors);
        List<List<Long>> loops = new ArrayList<>();
        for (Long node : successors.keySet()) {
            if (!tarjan.index.containsKey(node)) {
                tarjan.run(node);
            }
        }
        for (Set<Long> component : tarjan.components) {
            loops.add(loopThrough(component.iterator().next(), component, successors));
        }
        return loops;
    }

    /** The shortest loop from the node back to itself inside its component (breadth first). */
    private static List<Long> loopThrough(long start, Set<Long> component, Map<Long, List<Long>> successors) {
        Map<Long, Long> parent = new HashMap<>();
        Deque<Long> queue = new ArrayDeque<>();
        for (Long s : successors.getOrDefault(start, List.of())) {
            if (component.contains(s) && !parent.containsKey(s)) {
                parent.put(s, start);
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            long node = queue.poll();
            if (node == start) {
                break;
            }
            for (Long s : successors.getOrDefault(node, List.of())) {
                if (component.contains(s) && !parent.containsKey(s)) {
                    parent.put(s, node);
                    queue.add(s);
                }
            }
        }
        List<Long> loop = new ArrayList<>();
        long node = parent.get(start);
        loop.add(start);
        while (node != start) {
            loop.add(1, node);
            node = parent.get(node);
        }
        return loop;
    }

    private static final class Tarjan {
        final Map<Long, List<Long>> successors;
        final Map<Long, Integer> index = new HashMap<>();
        final Map<Long, Integer> low = new HashMap<>();
        final Deque<Long> stack = new ArrayDeque<>();
        final Set<Long> onStack = new HashSet<>();
        final List<Set<Long>> components = new ArrayList<>();
        int counter;

        Tarjan(Map<Long, List<Long>> successors) {
            this.successors = successors;
        }

        void run(long root) {
            Deque<long[]> work = new ArrayDeque<>(); // [node, next successor position]
            visit(root);
            work.push(new long[]{root, 0});
            while (!work.isEmpty()) {
                long[] frame = work.peek();
                long node = frame[0];
                List<Long> next = successors.getOrDefault(node, List.of());
                if (frame[1] < next.size()) {
                    long s = next.get((int) frame[1]++);
                    if (!index.containsKey(s)) {
                        visit(s);
                        work.push(new long[]{s, 0});
                    } else if (onStack.contains(s)) {
                        low.put(node, Math.min(low.get(node), index.get(s)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    long caller = work.peek()[0];
                    low.put(caller, Math.min(low.get(caller), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    Set<Long> component = new HashSet<>();
                    long member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (member != node);
                    if (component.size() > 1) {
                        components.add(component);
                    }
                }
            }
        }

        private void visit(long node) {
            index.put(node, counter);
            low.put(node, counter);
            counter++;
            stack.push(node);
            onStack.add(node);
        }
    }
}
