package org.uptake.engagement.stakeholder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A stakeholder as an editor describes it (page and API). A PERSON is either {@code personId} (someone of the
 * organisation) or a {@code name} (from outside); a GROUP has a name and, when its members are people of the
 * organisation, the unit and/or position they share.
 */
public class StakeholderForm {

    @NotNull
    private StakeholderKind kind = StakeholderKind.PERSON;
    private Long personId;
    @Size(max = 200)
    private String name;
    private boolean internal = true;
    @Size(max = 254)
    private String email;
    private Long unitId;
    private Long positionId;
    @NotNull
    @Min(1)
    @Max(5)
    private Integer influence;
    @NotNull
    @Min(1)
    @Max(5)
    private Integer interest;
    @NotNull
    private Attitude attitude;
    @Size(max = 4000)
    private String notes;
    @Valid
    @Size(max = 50)
    private List<ConcernForm> concerns = new ArrayList<>();
    private int version;

    /** One concern and how it is addressed; a row with a blank concern is ignored (the page's empty slots). */
    public static class ConcernForm {
        @Size(max = 1000)
        private String concern;
        @Size(max = 2000)
        private String response;

        public ConcernForm() {
        }

        public ConcernForm(String concern, String response) {
            this.concern = concern;
            this.response = response;
        }

        public String getConcern() {
            return concern;
        }

        public void setConcern(String concern) {
            this.concern = clean(concern);
        }

        public String getResponse() {
            return response;
        }

        public void setResponse(String response) {
            this.response = clean(response);
        }
    }

    public static StakeholderForm of(Stakeholder s) {
        var f = new StakeholderForm();
        f.kind = s.kind();
        f.personId = s.personId();
        f.name = s.personId() == null ? s.displayName() : null;
        f.internal = s.internal();
        f.email = s.email();
        f.unitId = s.unitId();
        f.positionId = s.positionId();
        f.influence = s.influence();
        f.interest = s.interest();
        f.attitude = s.attitude();
        f.notes = s.notes();
        f.concerns = new ArrayList<>(s.concerns().stream().map(c -> new ConcernForm(c.concern(), c.response())).toList());
        f.version = s.version();
        return f;
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The concerns actually written (blank slots of the page dropped). */
    List<Concern> writtenConcerns() {
        return concerns.stream().filter(c -> c != null && c.getConcern() != null)
                .map(c -> new Concern(c.getConcern(), c.getResponse())).toList();
    }

    /** The page offers a few empty slots under the existing concerns. */
    public StakeholderForm withEmptySlots(int count) {
        for (int i = 0; i < count; i++) {
            concerns.add(new ConcernForm());
        }
        return this;
    }

    public StakeholderKind getKind() {
        return kind;
    }

    public void setKind(StakeholderKind kind) {
        this.kind = kind;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = clean(name);
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = clean(email);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getPositionId() {
        return positionId;
    }

    public void setPositionId(Long positionId) {
        this.positionId = positionId;
    }

    public Integer getInfluence() {
        return influence;
    }

    public void setInfluence(Integer influence) {
        this.influence = influence;
    }

    public Integer getInterest() {
        return interest;
    }

    public void setInterest(Integer interest) {
        this.interest = interest;
    }

    public Attitude getAttitude() {
        return attitude;
    }

    public void setAttitude(Attitude attitude) {
        this.attitude = attitude;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = clean(notes);
    }

    public List<ConcernForm> getConcerns() {
        return concerns;
    }

    public void setConcerns(List<ConcernForm> concerns) {
        this.concerns = concerns == null ? new ArrayList<>() : new ArrayList<>(concerns);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
