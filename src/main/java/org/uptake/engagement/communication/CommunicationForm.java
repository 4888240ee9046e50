package org.uptake.engagement.communication;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An item as an editor describes it (page and API). The audience is the union of the listed units (with their
 * subtrees), positions, waves and stakeholders; at least one is required.
 */
public class CommunicationForm {

    @Size(max = 300)
    private String title;
    @NotNull
    private MessageType messageType;
    @NotNull
    private Channel channel;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedOn;
    private Long ownerPersonId;
    private CommunicationStatus status = CommunicationStatus.PLANNED;
    @Size(max = 300)
    private String subject;
    @Size(max = 20000)
    private String body;
    @Size(max = 20000)
    private String agenda;
    @Size(max = 20000)
    private String notes;
    @Size(max = 1000)
    private List<Long> unitIds = new ArrayList<>();
    @Size(max = 500)
    private List<Long> positionIds = new ArrayList<>();
    @Size(max = 100)
    private List<Long> waveIds = new ArrayList<>();
    @Size(max = 1000)
    private List<Long> stakeholderIds = new ArrayList<>();
    private int version;

    public static CommunicationForm of(Communication c) {
        var f = new CommunicationForm();
        f.title = c.title();
        f.messageType = c.messageType();
        f.channel = c.channel();
        f.plannedOn = c.plannedOn();
        f.ownerPersonId = c.ownerPersonId();
        f.status = c.status();
        f.subject = c.subject();
        f.body = c.body();
        f.agenda = c.agenda();
        f.notes = c.notes();
        f.unitIds = new ArrayList<>(c.idsOf(AudienceKind.UNIT));
        f.positionIds = new ArrayList<>(c.idsOf(AudienceKind.POSITION));
        f.waveIds = new ArrayList<>(c.idsOf(AudienceKind.WAVE));
        f.stakeholderIds = new ArrayList<>(c.idsOf(AudienceKind.STAKEHOLDER));
        f.version = c.version();
        return f;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<Long> ids(List<Long> ids) {
        return ids == null ? new ArrayList<>() : new ArrayList<>(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    public boolean audienceEmpty() {
        return unitIds.isEmpty() && positionIds.isEmpty() && waveIds.isEmpty() && stakeholderIds.isEmpty();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = clean(title);
    }

    public MessageType getMessageType() {
        return messageType;
    }

    public void setMessageType(MessageType messageType) {
        this.messageType = messageType;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwnerPersonId(Long ownerPersonId) {
        this.ownerPersonId = ownerPersonId;
    }

    public CommunicationStatus getStatus() {
        return status;
    }

    public void setStatus(CommunicationStatus status) {
        this.status = status;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = clean(subject);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = clean(body);
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = clean(agenda);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = clean(notes);
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = ids(unitIds);
    }

    public List<Long> getPositionIds() {
        return positionIds;
    }

    public void setPositionIds(List<Long> positionIds) {
        this.positionIds = ids(positionIds);
    }

    public List<Long> getWaveIds() {
        return waveIds;
    }

    public void setWaveIds(List<Long> waveIds) {
        this.waveIds = ids(waveIds);
    }

    public List<Long> getStakeholderIds() {
        return stakeholderIds;
    }

    public void setStakeholderIds(List<Long> stakeholderIds) {
        this.stakeholderIds = ids(stakeholderIds);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
