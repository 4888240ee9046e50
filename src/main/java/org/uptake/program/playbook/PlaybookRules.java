package org.uptake.program.playbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.uptake.program.playbook.PlaybookDefinition.ChecklistDefinition;
import org.uptake.program.playbook.PlaybookDefinition.ChecklistItem;
import org.uptake.program.playbook.PlaybookDefinition.OrderRule;
import org.uptake.program.playbook.PlaybookDefinition.OutputDefinition;
import org.uptake.program.playbook.PlaybookDefinition.StageDefinition;
import org.uptake.program.playbook.PlaybookDefinition.StepDefinition;
import org.uptake.shared.Languages;
import org.uptake.shared.error.Violation;

/** The semantic rules of the playbook format; each broken rule is one violation naming its place. */
final class PlaybookRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final Pattern SEED_REF = Pattern.compile(
            "[0-9]{3}:[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*(; ?[0-9]{3}:[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*)*");
    static final Set<String> ROLES = Set.of("coordinator", "deputy", "member", "sponsor", "trainer", "line_owner");
    static final Set<String> SUBJECTS = Set.of("SOFTWARE_SYSTEM", "CRM", "PROCESS_APPROACH", "PROFESSIONAL_STANDARDS",
            "MESSENGER_CHANNEL", "SCHOOL_TECHNOLOGY", "POLICY");
    static final int MAX_STAGES = 50;
    static final int MAX_STEPS = 1000;
    static final int MAX_DURATION = 250;
    static final int MAX_OFFSET = 365;

    private List<Violation> out;

    List<Violation> check(PlaybookDefinition d) {
        out = new ArrayList<>();
        if (d.format() == null || d.format() != PlaybookDefinition.FORMAT) {
            add("format", "playbook.error.format", PlaybookDefinition.FORMAT);
        }
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            add("code", "playbook.error.code");
        }
        text("name", d.name(), 300, true);
        text("description", d.description(), 4000, false);
        if (d.subject() != null && !SUBJECTS.contains(d.subject())) {
            add("subject", "playbook.error.subject", d.subject());
        }
        seedRef("seedRef", d.seedRef());
        if (d.stages().isEmpty()) {
            add("stages", "playbook.error.noStages");
        }
        if (d.stages().size() > MAX_STAGES) {
            add("stages", "playbook.error.tooMany", MAX_STAGES);
            return out;
        }
        if (d.allSteps().size() > MAX_STEPS) {
            add("stages", "playbook.error.tooManySteps", MAX_STEPS);
            return out;
        }
        Set<String> stageKeys = new HashSet<>();
        Map<String, StepDefinition> steps = new HashMap<>();
        for (int i = 0; i < d.stages().size(); i++) {
            stage("stages[" + i + "]", d.stages().get(i), stageKeys, steps);
        }
        for (int i = 0; i < d.stages().size(); i++) {
            references("stages[" + i + "]", d.stages().get(i), stageKeys, steps);
        }
        for (int i = 0; i < d.rules().size(); i++) {
            rule("rules[" + i + "]", d.rules().get(i), stageKeys, steps);
        }
        checklists(d.checklists());
        if (out.isEmpty()) {
            PlaybookOrder order = PlaybookOrder.of(d);
            List<String> stageCycle = order.stageCycle();
            if (!stageCycle.isEmpty()) {
                add("stages", "playbook.error.cycle", String.join(", ", stageCycle));
            }
            List<String> stepCycle = order.stepCycle();
            if (stageCycle.isEmpty() && !stepCycle.isEmpty()) {
                add("stages", "playbook.error.cycle", String.join(", ", stepCycle));
            }
        }
        return out;
    }

    private void stage(String at, StageDefinition stage, Set<String> stageKeys, Map<String, StepDefinition> steps) {
        if (stage == null) {
            add(at, "playbook.error.missing");
            return;
        }
        if (stage.key() == null || !KEY.matcher(stage.key()).matches()) {
            add(at + ".key", "playbook.error.key");
        } else if (!stageKeys.add(stage.key())) {
            add(at + ".key", "playbook.error.duplicateKey", stage.key());
        }
        text(at + ".name", stage.name(), 300, true);
        text(at + ".description", stage.description(), 4000, false);
        text(at + ".gate", stage.gate(), 2000, false);
        seedRef(at + ".seedRef", stage.seedRef());
        for (int j = 0; j < stage.steps().size(); j++) {
            step(at + ".steps[" + j + "]", stage.steps().get(j), steps);
        }
    }

    private void step(String at, StepDefinition step, Map<String, StepDefinition> steps) {
        if (step == null) {
            add(at, "playbook.error.missing");
            return;
        }
        if (step.key() == null || !KEY.matcher(step.key()).matches()) {
            add(at + ".key", "playbook.error.key");
        } else if (steps.putIfAbsent(step.key(), step) != null) {
            add(at + ".key", "playbook.error.duplicateKey", step.key());
        }
        text(at + ".name", step.name(), 300, true);
        text(at + ".description", step.description(), 4000, false);
        text(at + ".criterion", step.criterion(), 2000, false);
        text(at + ".gate", step.gate(), 2000, false);
        seedRef(at + ".seedRef", step.seedRef());
        if (step.durationDays() == null || step.durationDays() < 0 || step.durationDays() > MAX_DURATION) {
            add(at + ".durationDays", "playbook.error.duration", MAX_DURATION);
        }
        if (step.role() != null && step.position() != null) {
            add(at + ".role", "playbook.error.roleAndPosition");
        }
        if (step.role() != null && !ROLES.contains(step.role())) {
            add(at + ".role", "playbook.error.role", step.role());
        }
        if (step.position() != null && !CODE.matcher(step.position()).matches()) {
            add(at + ".position", "playbook.error.code");
        }
        RepeatScope scope = step.repeatScope();
        if (scope == null) {
            add(at + ".repeat", "playbook.error.repeat", step.repeat());
        } else if (scope != RepeatScope.ONCE && step.offsetDays() == null) {
            add(at + ".offsetDays", "playbook.error.offsetMissing");
        } else if (scope == RepeatScope.ONCE && step.offsetDays() != null) {
            add(at + ".offsetDays", "playbook.error.offsetOnce");
        }
        if (step.offsetDays() != null && Math.abs(step.offsetDays()) > MAX_OFFSET) {
            add(at + ".offsetDays", "playbook.error.offset", MAX_OFFSET);
        }
        List<OutputDefinition> outputs = step.outputList();
        if (outputs.size() > 20) {
            add(at + ".outputs", "playbook.error.tooMany", 20);
        }
        for (int k = 0; k < outputs.size(); k++) {
            OutputDefinition o = outputs.get(k);
            if (o == null || o.key() == null || !KEY.matcher(o.key()).matches()) {
                add(at + ".outputs[" + k + "].key", "playbook.error.key");
            } else {
                text(at + ".outputs[" + k + "].name", o.name(), 300, true);
            }
        }
    }

    private void references(String at, StageDefinition stage, Set<String> stageKeys, Map<String, StepDefinition> steps) {
        if (stage == null) {
            return;
        }
        if (stage.after() != null) {
            for (String ref : stage.after()) {
                if (ref == null || !stageKeys.contains(ref)) {
                    add(at + ".after", "playbook.error.unknownStage", String.valueOf(ref));
                } else if (ref.equals(stage.key())) {
                    add(at + ".after", "playbook.error.self", ref);
                }
            }
        }
        for (int j = 0; j < stage.steps().size(); j++) {
            StepDefinition step = stage.steps().get(j);
            if (step == null || step.after() == null) {
                continue;
            }
            for (String ref : step.after()) {
                StepDefinition before = ref == null ? null : steps.get(ref);
                if (before == null) {
                    add(at + ".steps[" + j + "].after", "playbook.error.unknownStep", String.valueOf(ref));
                } else if (ref.equals(step.key())) {
                    add(at + ".steps[" + j + "].after", "playbook.error.self", ref);
                } else if (!mayFollow(step, before)) {
                    add(at + ".steps[" + j + "].after", "playbook.error.repeatOrder", ref);
                }
            }
        }
    }

    /** A step repeated per wave or unit may wait for a once-step, never the other way round. */
    private static boolean mayFollow(StepDefinition step, StepDefinition before) {
        RepeatScope mine = step.repeatScope();
        RepeatScope theirs = before.repeatScope();
        if (mine == null || theirs == null) {
            return true;
        }
        return mine == RepeatScope.PER_UNIT || mine == theirs || theirs == RepeatScope.ONCE;
    }

    private void rule(String at, OrderRule rule, Set<String> stageKeys, Map<String, StepDefinition> steps) {
        if (rule == null) {
            add(at, "playbook.error.missing");
            return;
        }
        if (!"hard".equals(rule.kind()) && !"default".equals(rule.kind())) {
            add(at + ".kind", "playbook.error.ruleKind", String.valueOf(rule.kind()));
        }
        text(at + ".reason", rule.reason(), 2000, false);
        seedRef(at + ".seedRef", rule.seedRef());
        String before = rule.before();
        String after = rule.after();
        if (!reference(at + ".before", before, stageKeys, steps) | !reference(at + ".after", after, stageKeys, steps)) {
            return;
        }
        if (!before.substring(0, 5).equals(after.substring(0, 5))) {
            add(at, "playbook.error.ruleMix");
        } else if (before.equals(after)) {
            add(at, "playbook.error.self", before);
        } else if (before.startsWith("step:") && !mayFollow(steps.get(after.substring(5)), steps.get(before.substring(5)))) {
            add(at + ".after", "playbook.error.repeatOrder", before);
        }
    }

    private boolean reference(String at, String ref, Set<String> stageKeys, Map<String, StepDefinition> steps) {
        boolean ok = ref != null && (ref.startsWith("stage:") && stageKeys.contains(ref.substring(6))
                || ref.startsWith("step:") && steps.containsKey(ref.substring(5)));
        if (!ok) {
            add(at, "playbook.error.unknownReference", String.valueOf(ref));
        }
        return ok;
    }

    private void checklists(List<ChecklistDefinition> checklists) {
        if (checklists.size() > 20) {
            add("checklists", "playbook.error.tooMany", 20);
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < checklists.size(); i++) {
            ChecklistDefinition c = checklists.get(i);
            String at = "checklists[" + i + "]";
            if (c == null || c.key() == null || !KEY.matcher(c.key()).matches()) {
                add(at + ".key", "playbook.error.key");
                continue;
            }
            if (!keys.add(c.key())) {
                add(at + ".key", "playbook.error.duplicateKey", c.key());
            }
            text(at + ".name", c.name(), 300, true);
            seedRef(at + ".seedRef", c.seedRef());
            if (c.items().size() > 100) {
                add(at + ".items", "playbook.error.tooMany", 100);
                continue;
            }
            Set<String> itemKeys = new HashSet<>();
            for (int k = 0; k < c.items().size(); k++) {
                ChecklistItem item = c.items().get(k);
                String itemAt = at + ".items[" + k + "]";
                if (item == null || item.key() == null || !KEY.matcher(item.key()).matches()) {
                    add(itemAt + ".key", "playbook.error.key");
                } else if (!itemKeys.add(item.key())) {
                    add(itemAt + ".key", "playbook.error.duplicateKey", item.key());
                } else {
                    text(itemAt + ".text", item.text(), 2000, true);
                    seedRef(itemAt + ".seedRef", item.seedRef());
                }
            }
        }
    }

    private void text(String at, LocalizedText text, int max, boolean required) {
        if (text == null) {
            if (required) {
                add(at, "playbook.error.textMissing");
            }
            return;
        }
        String english = text.values().get("en");
        if (english == null || english.isBlank()) {
            add(at, "playbook.error.englishMissing");
        }
        for (Map.Entry<String, String> e : text.values().entrySet()) {
            if (!Languages.isSupported(e.getKey())) {
                add(at, "playbook.error.language", e.getKey());
            } else if (e.getValue() == null || e.getValue().length() > max) {
                add(at + "." + e.getKey(), "playbook.error.textLength", max);
            }
        }
    }

    private void seedRef(String at, String ref) {
        if (ref != null && (ref.length() > 100 || !SEED_REF.matcher(ref).matches())) {
            add(at, "playbook.error.seedRef", ref.length() > 40 ? ref.substring(0, 40) + "…" : ref);
        }
    }

    private void add(String field, String code, Object... args) {
        out.add(Violation.of(field, code, args));
    }
}
