package org.uptake.program.playbook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uptake.program.playbook.PlaybookDefinition.OrderRule;
import org.uptake.program.playbook.PlaybookDefinition.StageDefinition;
import org.uptake.program.playbook.PlaybookDefinition.StepDefinition;

/**
 * The finish-to-start orderings a playbook implies (docs/playbook-format.md, "Ordering"): steps of a
 * stage follow each other unless they name their own predecessors; a stage follows the previous one
 * (its first steps wait for the last steps of its predecessor); rules add orderings or make them hard.
 * Expects a definition whose keys and references are valid.
 */
public final class PlaybookOrder {

    /** Step {@code before} must finish before step {@code after} starts. */
    public record StepEdge(String before, String after, OrderStrength strength, LocalizedText reason, String seedRef) {
    }

    /** Stage {@code after} may start only when stage {@code before} is accepted. */
    public record StageEdge(String before, String after, OrderStrength strength, LocalizedText reason, String seedRef) {
    }

    private final Map<String, StageEdge> stageEdges = new LinkedHashMap<>();
    private final Map<String, StepEdge> stepEdges = new LinkedHashMap<>();

    private PlaybookOrder() {
    }

    public static PlaybookOrder of(PlaybookDefinition definition) {
        var order = new PlaybookOrder();
        order.build(definition);
        return order;
    }

    public List<StageEdge> stageEdges() {
        return List.copyOf(stageEdges.values());
    }

    public List<StepEdge> stepEdges() {
        return List.copyOf(stepEdges.values());
    }

    private void build(PlaybookDefinition d) {
        List<StageDefinition> stages = d.stages();
        for (int i = 0; i < stages.size(); i++) {
            StageDefinition stage = stages.get(i);
            List<String> preds = stage.after() != null ? stage.after() : i > 0 ? List.of(stages.get(i - 1).key()) : List.of();
            preds.forEach(p -> addStage(p, stage.key(), OrderStrength.DEFAULT, null, null));
        }
        Map<String, Set<String>> predsInStage = new HashMap<>();
        for (StageDefinition stage : stages) {
            StepDefinition previous = null;
            for (StepDefinition step : stage.steps()) {
                List<String> preds = step.after() != null ? step.after()
                        : step.isOnce() && previous != null ? List.of(previous.key()) : List.of();
                for (String p : preds) {
                    addStep(p, step.key(), OrderStrength.DEFAULT, null, null);
                }
                if (step.isOnce()) {
                    predsInStage.put(step.key(), new HashSet<>(preds));
                    previous = step;
                }
            }
        }
        for (OrderRule rule : d.rules()) {
            if (rule.before().startsWith("stage:")) {
                addStage(rule.before().substring(6), rule.after().substring(6), strength(rule), rule.reason(), rule.seedRef());
            }
        }
        for (StageEdge edge : stageEdges.values()) {
            for (String exit : exits(d, edge.before(), new HashSet<>())) {
                for (String entry : entries(d, edge.after(), predsInStage)) {
                    addStep(exit, entry, edge.strength(), edge.reason(), edge.seedRef());
                }
            }
        }
        for (OrderRule rule : d.rules()) {
            if (rule.before().startsWith("step:")) {
                addStep(rule.before().substring(5), rule.after().substring(5), strength(rule), rule.reason(), rule.seedRef());
            }
        }
    }

    private static OrderStrength strength(OrderRule rule) {
        return rule.isHard() ? OrderStrength.HARD : OrderStrength.DEFAULT;
    }

    private void addStage(String before, String after, OrderStrength strength, LocalizedText reason, String seedRef) {
        stageEdges.merge(before + ">" + after, new StageEdge(before, after, strength, reason, seedRef),
                (old, add) -> new StageEdge(before, after, old.strength().strongest(add.strength()),
                        add.reason() != null ? add.reason() : old.reason(), add.seedRef() != null ? add.seedRef() : old.seedRef()));
    }

    private void addStep(String before, String after, OrderStrength strength, LocalizedText reason, String seedRef) {
        stepEdges.merge(before + ">" + after, new StepEdge(before, after, strength, reason, seedRef),
                (old, add) -> new StepEdge(before, after, old.strength().strongest(add.strength()),
                        add.reason() != null ? add.reason() : old.reason(), add.seedRef() != null ? add.seedRef() : old.seedRef()));
    }

    /** The once-steps of a stage that wait for nothing inside it. */
    private static List<String> entries(PlaybookDefinition d, String stageKey, Map<String, Set<String>> predsInStage) {
        StageDefinition stage = d.stage(stageKey).orElseThrow();
        Set<String> inStage = onceKeys(stage);
        return stage.steps().stream().filter(StepDefinition::isOnce)
                .filter(s -> predsInStage.getOrDefault(s.key(), Set.of()).stream().noneMatch(inStage::contains))
                .map(StepDefinition::key).toList();
    }

    /** The once-steps of a stage nothing inside it waits for; a stage without once-steps passes on its predecessors' exits. */
    private List<String> exits(PlaybookDefinition d, String stageKey, Set<String> visited) {
        if (!visited.add(stageKey)) {
            return List.of();
        }
        StageDefinition stage = d.stage(stageKey).orElseThrow();
        Set<String> inStage = onceKeys(stage);
        if (inStage.isEmpty()) {
            List<String> inherited = new ArrayList<>();
            stageEdges.values().stream().filter(e -> e.after().equals(stageKey))
                    .forEach(e -> inherited.addAll(exits(d, e.before(), visited)));
            return inherited;
        }
        Set<String> waitedFor = new HashSet<>();
        for (StepDefinition s : stage.steps()) {
            if (s.isOnce()) {
                List<String> preds = s.after() != null ? s.after() : List.of();
                preds.stream().filter(inStage::contains).forEach(waitedFor::add);
            }
        }
        List<String> once = stage.steps().stream().filter(StepDefinition::isOnce).map(StepDefinition::key).toList();
        for (int i = 0; i < once.size() - 1; i++) {
            StepDefinition next = d.step(once.get(i + 1)).orElseThrow();
            if (next.after() == null) {
                waitedFor.add(once.get(i));
            }
        }
        return once.stream().filter(k -> !waitedFor.contains(k)).toList();
    }

    private static Set<String> onceKeys(StageDefinition stage) {
        Set<String> keys = new HashSet<>();
        stage.steps().stream().filter(StepDefinition::isOnce).forEach(s -> keys.add(s.key()));
        return keys;
    }

    /** A cycle among the steps (their keys in order), or an empty list when the order is a proper sequence. */
    public List<String> stepCycle() {
        return cycle(stepEdges.values().stream().map(e -> new String[]{e.before(), e.after()}).toList());
    }

    public List<String> stageCycle() {
        return cycle(stageEdges.values().stream().map(e -> new String[]{e.before(), e.after()}).toList());
    }

    static List<String> cycle(List<String[]> edges) {
        Map<String, List<String>> next = new HashMap<>();
        Map<String, Integer> indegree = new HashMap<>();
        for (String[] e : edges) {
            next.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
            indegree.merge(e[1], 1, Integer::sum);
            indegree.putIfAbsent(e[0], 0);
        }
        var ready = new ArrayDeque<String>();
        indegree.forEach((k, v) -> {
            if (v == 0) {
                ready.add(k);
            }
        });
        while (!ready.isEmpty()) {
            String k = ready.poll();
            for (String n : next.getOrDefault(k, List.of())) {
                if (indegree.merge(n, -1, Integer::sum) == 0) {
                    ready.add(n);
                }
            }
        }
        return indegree.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).sorted().toList();
    }
}
