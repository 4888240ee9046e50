package org.uptake.program.setup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uptake.program.ProgramSubject;

/** The create-from-playbook wizard (and POST /api/v1/programs): what, when, where, who, and why. */
public class SetupForm {

    @NotNull
    private Long playbookId;

    @NotBlank
    @Size(max = 200)
    private String name;

    private ProgramSubject subject;

    @Size(max = 4000)
    private String description;

    @Size(max = 20000)
    private String strategy;

    @Size(max = 4000)
    private String objective;

    @NotNull
    private LocalDate startDate;

    @Size(max = 5)
    private String language;

    private List<Long> unitIds = new ArrayList<>();

    /** Defaults to the creator's own person. */
    private Long coordinatorPersonId;
    private Long deputyPersonId;
    private Long sponsorPersonId;
    private Long trainerPersonId;
    private Long lineOwnerPersonId;
    private List<Long> memberPersonIds = new ArrayList<>();

    @Valid
    @Size(max = 20)
    private List<GoalLine> goals = new ArrayList<>();

    /** A goal as the wizard asks for it: a short statement and the internal customer. */
    public static class GoalLine {
        @Size(max = 500)
        private String statement;
        private Long internalCustomerPersonId;

        public String getStatement() {
            return statement;
        }

        public void setStatement(String statement) {
            this.statement = statement == null || statement.isBlank() ? null : statement.strip();
        }

        public Long getInternalCustomerPersonId() {
            return internalCustomerPersonId;
        }

        public void setInternalCustomerPersonId(Long internalCustomerPersonId) {
            this.internalCustomerPersonId = internalCustomerPersonId;
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getPlaybookId() {
        return playbookId;
    }

    public void setPlaybookId(Long playbookId) {
        this.playbookId = playbookId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public ProgramSubject getSubject() {
        return subject;
    }

    public void setSubject(ProgramSubject subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = clean(description);
    }

    public String getStrategy() {
        return strategy;
    }

    public void setStrategy(String strategy) {
        this.strategy = clean(strategy);
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = clean(objective);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = clean(language);
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds == null ? new ArrayList<>() : new ArrayList<>(unitIds);
    }

    public Long getCoordinatorPersonId() {
        return coordinatorPersonId;
    }

    public void setCoordinatorPersonId(Long coordinatorPersonId) {
        this.coordinatorPersonId = coordinatorPersonId;
    }

    public Long getDeputyPersonId() {
        return deputyPersonId;
    }

    public void setDeputyPersonId(Long deputyPersonId) {
        this.deputyPersonId = deputyPersonId;
    }

    public Long getSponsorPersonId() {
        return sponsorPersonId;
    }

    public void setSponsorPersonId(Long sponsorPersonId) {
        this.sponsorPersonId = sponsorPersonId;
    }

    public Long getTrainerPersonId() {
        return trainerPersonId;
    }

    public void setTrainerPersonId(Long trainerPersonId) {
        this.trainerPersonId = trainerPersonId;
    }

    public Long getLineOwnerPersonId() {
        return lineOwnerPersonId;
    }

    public void setLineOwnerPersonId(Long lineOwnerPersonId) {
        this.lineOwnerPersonId = lineOwnerPersonId;
    }

    public List<Long> getMemberPersonIds() {
        return memberPersonIds;
    }

    public void setMemberPersonIds(List<Long> memberPersonIds) {
        this.memberPersonIds = memberPersonIds == null ? new ArrayList<>() : new ArrayList<>(memberPersonIds);
    }

    public List<GoalLine> getGoals() {
        return goals;
    }

    public void setGoals(List<GoalLine> goals) {
        this.goals = goals == null ? new ArrayList<>() : new ArrayList<>(goals);
    }
}
