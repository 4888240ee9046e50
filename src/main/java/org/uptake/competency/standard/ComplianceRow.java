package org.uptake.competency.standard;

/**
 * One line of the compliance matrix: position × standard × mandatory × title aligned × qualification
 * level met, the last counted over the position's current holders by their latest attestation.
 */
public record ComplianceRow(Mapping mapping, int holders, int attested, int met) {

    /** Title alignment only matters where the standard is mandatory; null means "not required". */
    public Boolean titleAligned() {
        return mapping.mandatory() ? mapping.titleAligned() : null;
    }

    public boolean levelMet() {
        return holders > 0 && met == holders;
    }
}
