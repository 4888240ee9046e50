package org.uptake.program.playbook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A playbook template as data (the format is described in docs/playbook-format.md): stages of
 * steps, ordering rules and cross-cutting checklists. Immutable; an edit produces a new definition.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaybookDefinition(Integer format, String code, LocalizedText name, LocalizedText description,
                                 String subject, String seedRef, List<StageDefinition> stages, List<OrderRule> rules,
                                 List<ChecklistDefinition> checklists) {

    public static final int FORMAT = 1;

    public PlaybookDefinition {
        stages = stages == null ? List.of() : List.copyOf(stages);
        rules = rules == null ? List.of() : List.copyOf(rules);
        checklists = checklists == null ? List.of() : List.copyOf(checklists);
    }

    /** Every step of every stage, in the order they are written. */
    public List<StepDefinition> allSteps() {
        List<StepDefinition> all = new ArrayList<>();
        stages.forEach(s -> all.addAll(s.steps()));
        return all;
    }

    public Optional<StageDefinition> stage(String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<StepDefinition> step(String key) {
        return allSteps().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The stage a step belongs to. */
    public Optional<StageDefinition> stageOf(String stepKey) {
        return stages.stream().filter(s -> s.steps().stream().anyMatch(st -> st.key().equals(stepKey))).findFirst();
    }

    public PlaybookDefinition withCode(String newCode) {
        return new PlaybookDefinition(format, newCode, name, description, subject, seedRef, stages, rules, checklists);
    }

    public PlaybookDefinition withName(LocalizedText newName) {
        return new PlaybookDefinition(format, code, newName, description, subject, seedRef, stages, rules, checklists);
    }

    public PlaybookDefinition withStages(List<StageDefinition> newStages) {
        return new PlaybookDefinition(format, code, name, description, subject, seedRef, newStages, rules, checklists);
    }

    public PlaybookDefinition withRules(List<OrderRule> newRules) {
        return new PlaybookDefinition(format, code, name, description, subject, seedRef, stages, newRules, checklists);
    }

    /** One stage (phase) of the playbook with its steps. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageDefinition(String key, LocalizedText name, LocalizedText description, String seedRef,
                                  List<String> after, LocalizedText gate, List<StepDefinition> steps) {
        public StageDefinition {
            after = after == null ? null : List.copyOf(after);
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        public StageDefinition withSteps(List<StepDefinition> newSteps) {
            return new StageDefinition(key, name, description, seedRef, after, gate, newSteps);
        }
    }

    /** One step: becomes a task of the plan (once) or of every wave / unit in a wave (per_wave / per_unit). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepDefinition(String key, LocalizedText name, LocalizedText description, String seedRef,
                                 Integer durationDays, String role, String position, LocalizedText criterion,
                                 List<OutputDefinition> outputs, LocalizedText gate, String repeat, Integer offsetDays,
                                 List<String> after, Boolean milestone, Boolean optional, Boolean seriousChange) {
        public StepDefinition {
            outputs = outputs == null ? null : List.copyOf(outputs);
            after = after == null ? null : List.copyOf(after);
        }

        public RepeatScope repeatScope() {
            return RepeatScope.parse(repeat);
        }

        @JsonIgnore
        public boolean isOnce() {
            return repeatScope() == RepeatScope.ONCE;
        }

        @JsonIgnore
        public boolean isMilestone() {
            return Boolean.TRUE.equals(milestone);
        }

        @JsonIgnore
        public boolean isOptional() {
            return Boolean.TRUE.equals(optional);
        }

        @JsonIgnore
        public boolean isSeriousChange() {
            return Boolean.TRUE.equals(seriousChange);
        }

        public int duration() {
            return durationDays == null ? 0 : durationDays;
        }

        public List<OutputDefinition> outputList() {
            return outputs == null ? List.of() : outputs;
        }

        public StepDefinition withDuration(int days) {
            return new StepDefinition(key, name, description, seedRef, days, role, position, criterion, outputs, gate,
                    repeat, offsetDays, after, milestone, optional, seriousChange);
        }

        public StepDefinition withName(LocalizedText newName) {
            return new StepDefinition(key, newName, description, seedRef, durationDays, role, position, criterion, outputs,
                    gate, repeat, offsetDays, after, milestone, optional, seriousChange);
        }

        public StepDefinition withCriterion(LocalizedText newCriterion) {
            return new StepDefinition(key, name, description, seedRef, durationDays, role, position, newCriterion, outputs,
                    gate, repeat, offsetDays, after, milestone, optional, seriousChange);
        }

        public StepDefinition withOwner(String newRole, String newPosition) {
            return new StepDefinition(key, name, description, seedRef, durationDays, newRole, newPosition, criterion,
                    outputs, gate, repeat, offsetDays, after, milestone, optional, seriousChange);
        }

        public StepDefinition withRepeat(String newRepeat, Integer newOffset) {
            return new StepDefinition(key, name, description, seedRef, durationDays, role, position, criterion, outputs,
                    gate, newRepeat, newOffset, after, milestone, optional, seriousChange);
        }
    }

    /** A document a step produces (a plan, a regulation, a report). */
    public record OutputDefinition(String key, LocalizedText name) {
    }

    /**
     * An ordering rule between two stages or two steps ({@code "stage:strategy"}, {@code "step:backup"}):
     * {@code hard} is never overridden in a program, {@code default} may be, with a recorded reason.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderRule(String before, String after, String kind, LocalizedText reason, String seedRef) {
        @JsonIgnore
        public boolean isHard() {
            return "hard".equals(kind);
        }
    }

    /** A cross-cutting checklist shown on the program page (P1's critical success factors). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChecklistDefinition(String key, LocalizedText name, String seedRef, List<ChecklistItem> items) {
        public ChecklistDefinition {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChecklistItem(String key, LocalizedText text, String seedRef) {
    }
}
