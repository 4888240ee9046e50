package org.uptake.program.playbook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.uptake.program.playbook.PlaybookDefinition.OrderRule;
import org.uptake.program.playbook.PlaybookDefinition.StageDefinition;
import org.uptake.program.playbook.PlaybookDefinition.StepDefinition;

/** Applies the structured editor's changes to a definition; the result is checked like any file before it is saved. */
final class PlaybookEditor {

    private PlaybookEditor() {
    }

    static PlaybookDefinition apply(PlaybookDefinition d, PlaybookEdit edit, String lang) {
        Map<String, PlaybookEdit.StepEdit> stepEdits = new HashMap<>();
        edit.getSteps().stream().filter(s -> s != null && s.getKey() != null).forEach(s -> stepEdits.put(s.getKey(), s));
        Map<String, String> stageNames = new HashMap<>();
        edit.getStages().stream().filter(s -> s != null && s.getKey() != null && s.getName() != null)
                .forEach(s -> stageNames.put(s.getKey(), s.getName()));
        Set<String> removed = new HashSet<>();
        stepEdits.values().stream().filter(PlaybookEdit.StepEdit::isRemove).forEach(s -> removed.add(s.getKey()));
        Set<String> keys = new HashSet<>();
        d.allSteps().forEach(s -> keys.add(s.key()));
        List<StageDefinition> stages = new ArrayList<>();
        for (StageDefinition stage : d.stages()) {
            List<StepDefinition> steps = new ArrayList<>();
            for (StepDefinition step : stage.steps()) {
                if (!removed.contains(step.key())) {
                    steps.add(withoutRemoved(edited(step, stepEdits.get(step.key()), lang), removed));
                }
            }
            PlaybookEdit.NewStep add = edit.getNewStep();
            if (add != null && stage.key().equals(add.getStage()) && add.getName() != null && !add.getName().isBlank()) {
                steps.add(new StepDefinition(uniqueKey(add.getName(), keys), new LocalizedText(Map.of("en", add.getName().strip()))
                        .with(lang, add.getName()), null, null, add.getDurationDays() == null ? 5 : add.getDurationDays(),
                        "coordinator", null, null, null, null, null, null, null, null, null, null));
            }
            String name = stageNames.get(stage.key());
            LocalizedText stageName = name == null || name.isBlank() ? stage.name() : stage.name().with(lang, name);
            stages.add(new StageDefinition(stage.key(), stageName, stage.description(), stage.seedRef(), stage.after(),
                    stage.gate(), steps));
        }
        return d.withStages(stages).withRules(rules(d, edit, removed, lang));
    }

    private static StepDefinition edited(StepDefinition step, PlaybookEdit.StepEdit e, String lang) {
        if (e == null) {
            return step;
        }
        StepDefinition s = step;
        if (e.getName() != null && !e.getName().isBlank()) {
            s = s.withName(s.name().with(lang, e.getName()));
        }
        if (e.getDurationDays() != null) {
            s = s.withDuration(e.getDurationDays());
        }
        if (e.getOwner() != null && !e.getOwner().isBlank()) {
            String owner = e.getOwner().strip();
            s = owner.startsWith("position:") ? s.withOwner(null, owner.substring(9).strip()) : s.withOwner(owner, null);
        }
        if (e.getRepeat() != null && !e.getRepeat().isBlank()) {
            boolean once = "once".equals(e.getRepeat());
            s = s.withRepeat(once ? null : e.getRepeat(), once ? null : e.getOffsetDays());
        }
        if (e.getCriterion() != null) {
            LocalizedText current = s.criterion() == null ? new LocalizedText(Map.of()) : s.criterion();
            LocalizedText next = e.getCriterion().isBlank() && "en".equals(lang) ? null
                    : current.values().isEmpty() ? new LocalizedText(Map.of("en", e.getCriterion().strip())).with(lang, e.getCriterion())
                    : current.with(lang, e.getCriterion());
            s = s.withCriterion(next);
        }
        return s;
    }

    private static StepDefinition withoutRemoved(StepDefinition s, Set<String> removed) {
        if (s.after() == null || s.after().stream().noneMatch(removed::contains)) {
            return s;
        }
        return new StepDefinition(s.key(), s.name(), s.description(), s.seedRef(), s.durationDays(), s.role(), s.position(),
                s.criterion(), s.outputs(), s.gate(), s.repeat(), s.offsetDays(),
                s.after().stream().filter(k -> !removed.contains(k)).toList(), s.milestone(), s.optional(), s.seriousChange());
    }

    private static List<OrderRule> rules(PlaybookDefinition d, PlaybookEdit edit, Set<String> removed, String lang) {
        List<OrderRule> rules = new ArrayList<>();
        for (int i = 0; i < d.rules().size(); i++) {
            OrderRule r = d.rules().get(i);
            boolean drop = i < edit.getRules().size() && edit.getRules().get(i) != null && edit.getRules().get(i).isRemove();
            boolean orphan = removed.contains(r.before().replace("step:", "")) && r.before().startsWith("step:")
                    || removed.contains(r.after().replace("step:", "")) && r.after().startsWith("step:");
            if (!drop && !orphan) {
                rules.add(r);
            }
        }
        PlaybookEdit.RuleEdit add = edit.getNewRule();
        if (add != null && add.getBefore() != null && !add.getBefore().isBlank() && add.getAfter() != null && !add.getAfter().isBlank()) {
            LocalizedText reason = add.getReason() == null || add.getReason().isBlank() ? null
                    : new LocalizedText(Map.of("en", add.getReason().strip())).with(lang, add.getReason());
            rules.add(new OrderRule(add.getBefore().strip(), add.getAfter().strip(), add.getKind() == null ? "default" : add.getKind(),
                    reason, null));
        }
        return rules;
    }

    static String uniqueKey(String name, Set<String> taken) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "step";
        }
        base = base.length() > 40 ? base.substring(0, 40) : base;
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        taken.add(key);
        return key;
    }
}
