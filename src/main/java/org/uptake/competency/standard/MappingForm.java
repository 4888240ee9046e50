package org.uptake.competency.standard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** Maps a position to labour functions of a standard, with the functional analysis and whether it is mandatory. */
public class MappingForm {

    @NotNull
    private Long positionId;

    @Size(max = 200)
    private List<Long> functionIds = new ArrayList<>();

    @Size(max = 4000)
    private String positionGoals;

    @Size(max = 4000)
    private String analysisNote;

    private boolean goalsMatch;

    private boolean mandatory;

    private MandatoryReason mandatoryReason;

    @Size(max = 1000)
    private String legalBasis;

    private int version;

    public static MappingForm of(Mapping m) {
        var f = new MappingForm();
        f.positionId = m.positionId();
        f.functionIds = new ArrayList<>(m.functionIds());
        f.positionGoals = m.positionGoals();
        f.analysisNote = m.analysisNote();
        f.goalsMatch = m.goalsMatch();
        f.mandatory = m.mandatory();
        f.mandatoryReason = m.mandatoryReason();
        f.legalBasis = m.legalBasis();
        f.version = m.version();
        return f;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getPositionId() {
        return positionId;
    }

    public void setPositionId(Long positionId) {
        this.positionId = positionId;
    }

    public List<Long> getFunctionIds() {
        return functionIds;
    }

    public void setFunctionIds(List<Long> functionIds) {
        this.functionIds = functionIds == null ? new ArrayList<>() : functionIds;
    }

    public String getPositionGoals() {
        return positionGoals;
    }

    public void setPositionGoals(String positionGoals) {
        this.positionGoals = clean(positionGoals);
    }

    public String getAnalysisNote() {
        return analysisNote;
    }

    public void setAnalysisNote(String analysisNote) {
        this.analysisNote = clean(analysisNote);
    }

    public boolean isGoalsMatch() {
        return goalsMatch;
    }

    public void setGoalsMatch(boolean goalsMatch) {
        this.goalsMatch = goalsMatch;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public MandatoryReason getMandatoryReason() {
        return mandatoryReason;
    }

    public void setMandatoryReason(MandatoryReason mandatoryReason) {
        this.mandatoryReason = mandatoryReason;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = clean(legalBasis);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
