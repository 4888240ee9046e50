package org.uptake.approval;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An ad-hoc request as a person (the form) or an API client describes it; it concerns no other module's record. */
public class SignOffForm {

    @NotBlank
    @Size(max = 200)
    private String title;
    @Size(max = 4000)
    private String description;
    @Size(max = 500)
    private String linkPath;
    private Long unitId;
    private LocalDate dueOn;
    @Valid
    @NotNull
    private List<StepForm> steps = new ArrayList<>(List.of(new StepForm()));

    public SignOffDraft toDraft() {
        return new SignOffDraft(SignOffDraft.FREE_TEXT, null, title, description, linkPath, unitId, dueOn,
                steps.stream().map(StepForm::toStep).toList());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public String getLinkPath() {
        return linkPath;
    }

    public void setLinkPath(String linkPath) {
        this.linkPath = linkPath == null || linkPath.isBlank() ? null : linkPath.strip();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public List<StepForm> getSteps() {
        return steps;
    }

    public void setSteps(List<StepForm> steps) {
        this.steps = steps == null ? new ArrayList<>() : steps;
    }

    /** One step of the form: approvers, the rule and, for "N of M", the N. */
    public static class StepForm {
        @Size(max = 100)
        private String name;
        private List<Long> approverPersonIds = new ArrayList<>();
        @NotNull
        private ApprovalRule rule = ApprovalRule.ALL;
        private Integer quorum;

        SignOffDraft.Step toStep() {
            return new SignOffDraft.Step(name, approverPersonIds, rule, quorum);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null || name.isBlank() ? null : name.strip();
        }

        public List<Long> getApproverPersonIds() {
            return approverPersonIds;
        }

        public void setApproverPersonIds(List<Long> approverPersonIds) {
            this.approverPersonIds = approverPersonIds == null ? new ArrayList<>() : approverPersonIds;
        }

        public ApprovalRule getRule() {
            return rule;
        }

        public void setRule(ApprovalRule rule) {
            this.rule = rule;
        }

        public Integer getQuorum() {
            return quorum;
        }

        public void setQuorum(Integer quorum) {
            this.quorum = quorum;
        }
    }
}
