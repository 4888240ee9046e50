package org.uptake.competency.profile;

import java.util.List;

/**
 * The job profile in the seed's seven sections (seed 002 lines 435-443): general knowledge, subject
 * knowledge, skills, personal qualities, values, functional duties, areas of responsibility (the key
 * indicators the position answers for, from its processes and from strategy).
 */
public record JobProfile(long positionId, String positionTitle, List<ProfileLine> generalKnowledge,
                         List<ProfileLine> subjectKnowledge, List<ProfileLine> skills, List<ProfileLine> personalQualities,
                         List<String> values, List<String> functionalDuties, List<String> areasOfResponsibility,
                         List<Responsibility> strategicResponsibilities, List<String> pendingAgreements) {

    public record Responsibility(long id, String text, int version) {
    }

    public List<ProfileLine> all() {
        var all = new java.util.ArrayList<ProfileLine>(generalKnowledge);
        all.addAll(subjectKnowledge);
        all.addAll(skills);
        all.addAll(personalQualities);
        return all;
    }
}
