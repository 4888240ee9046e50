package org.uptake.program.playbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The structured editor's changes to a playbook, in the editor's language: stage names; each step's
 * name, duration, owner ("coordinator", "position:IT"…), repeat and offset, criterion, or its removal;
 * a new step per stage; rules to remove and one to add. Everything else is edited as JSON.
 */
public class PlaybookEdit {

    private int version;
    private List<StageEdit> stages = new ArrayList<>();
    private List<StepEdit> steps = new ArrayList<>();
    private List<RuleEdit> rules = new ArrayList<>();
    private NewStep newStep = new NewStep();
    private RuleEdit newRule = new RuleEdit();

    public static class StageEdit {
        private String key;
        private String name;

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class StepEdit {
        private String key;
        private String name;
        private Integer durationDays;
        private String owner;
        private String repeat;
        private Integer offsetDays;
        private String criterion;
        private boolean remove;

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getDurationDays() {
            return durationDays;
        }

        public void setDurationDays(Integer durationDays) {
            this.durationDays = durationDays;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public String getRepeat() {
            return repeat;
        }

        public void setRepeat(String repeat) {
            this.repeat = repeat;
        }

        public Integer getOffsetDays() {
            return offsetDays;
        }

        public void setOffsetDays(Integer offsetDays) {
            this.offsetDays = offsetDays;
        }

        public String getCriterion() {
            return criterion;
        }

        public void setCriterion(String criterion) {
            this.criterion = criterion;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    public static class NewStep {
        private String stage;
        private String name;
        private Integer durationDays;

        public String getStage() {
            return stage;
        }

        public void setStage(String stage) {
            this.stage = stage;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getDurationDays() {
            return durationDays;
        }

        public void setDurationDays(Integer durationDays) {
            this.durationDays = durationDays;
        }
    }

    public static class RuleEdit {
        private String before;
        private String after;
        private String kind;
        private String reason;
        private boolean remove;

        public String getBefore() {
            return before;
        }

        public void setBefore(String before) {
            this.before = before;
        }

        public String getAfter() {
            return after;
        }

        public void setAfter(String after) {
            this.after = after;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<StageEdit> getStages() {
        return stages;
    }

    public void setStages(List<StageEdit> stages) {
        this.stages = stages;
    }

    public List<StepEdit> getSteps() {
        return steps;
    }

    public void setSteps(List<StepEdit> steps) {
        this.steps = steps;
    }

    public List<RuleEdit> getRules() {
        return rules;
    }

    public void setRules(List<RuleEdit> rules) {
        this.rules = rules;
    }

    public NewStep getNewStep() {
        return newStep;
    }

    public void setNewStep(NewStep newStep) {
        this.newStep = newStep;
    }

    public RuleEdit getNewRule() {
        return newRule;
    }

    public void setNewRule(RuleEdit newRule) {
        this.newRule = newRule;
    }
}
