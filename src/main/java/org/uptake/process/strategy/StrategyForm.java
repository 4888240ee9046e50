package org.uptake.process.strategy;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A new revision of the strategy. {@code baseRevision} is the revision the author started from (0
 * for the first): saving over a newer revision someone else wrote is refused as stale.
 */
public class StrategyForm {

    @Size(max = 8000) private String clients;
    @Size(max = 8000) private String clientNeeds;
    @Size(max = 8000) private String competitiveEdge;
    @Size(max = 8000) private String targetSegments;
    @Size(max = 8000) private String acquisitionMethods;
    @Size(max = 8000) private String servicePrinciples;
    @Size(max = 500) private String changeNote;
    @Min(0) private int baseRevision;

    public static StrategyForm of(StrategyRevision r) {
        var f = new StrategyForm();
        if (r != null) {
            f.clients = r.clients();
            f.clientNeeds = r.clientNeeds();
            f.competitiveEdge = r.competitiveEdge();
            f.targetSegments = r.targetSegments();
            f.acquisitionMethods = r.acquisitionMethods();
            f.servicePrinciples = r.servicePrinciples();
            f.baseRevision = r.revision();
        }
        return f;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isEmpty() {
        return clients == null && clientNeeds == null && competitiveEdge == null && targetSegments == null
                && acquisitionMethods == null && servicePrinciples == null;
    }

    public String getClients() { return clients; }
    public void setClients(String v) { clients = clean(v); }
    public String getClientNeeds() { return clientNeeds; }
    public void setClientNeeds(String v) { clientNeeds = clean(v); }
    public String getCompetitiveEdge() { return competitiveEdge; }
    public void setCompetitiveEdge(String v) { competitiveEdge = clean(v); }
    public String getTargetSegments() { return targetSegments; }
    public void setTargetSegments(String v) { targetSegments = clean(v); }
    public String getAcquisitionMethods() { return acquisitionMethods; }
    public void setAcquisitionMethods(String v) { acquisitionMethods = clean(v); }
    public String getServicePrinciples() { return servicePrinciples; }
    public void setServicePrinciples(String v) { servicePrinciples = clean(v); }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String v) { changeNote = clean(v); }
    public int getBaseRevision() { return baseRevision; }
    public void setBaseRevision(int v) { baseRevision = v; }
}
