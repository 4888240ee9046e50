package org.uptake.competency.demo;

import java.time.LocalDate;
import java.util.List;
import org.uptake.competency.assessment.Assessment;
import org.uptake.competency.assessment.AssessmentItem;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.assessment.LevelsForm;
import org.uptake.competency.catalog.CatalogService;
import org.uptake.competency.catalog.CompetencyKind;
import org.uptake.competency.catalog.ValueForm;
import org.uptake.competency.duty.DutyService;
import org.uptake.competency.duty.IssueForm;
import org.uptake.competency.profile.ProfileService;
import org.uptake.competency.profile.RequirementForm;
import org.uptake.competency.standard.AttestationForm;
import org.uptake.competency.standard.AttestationService;
import org.uptake.competency.standard.MandatoryReason;
import org.uptake.competency.standard.Mapping;
import org.uptake.competency.standard.MappingForm;
import org.uptake.competency.standard.MappingService;
import org.uptake.competency.standard.Standard;
import org.uptake.competency.standard.StandardFunction;
import org.uptake.competency.standard.StandardService;
import org.uptake.org.position.PositionService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;

/**
 * The small demo's story on the seed's worked example: the service adviser's competencies for
 * "Receiving a car from a client", the company values, the duties issued for sign-off, three
 * advisers assessed (two with gaps, so two training plans), and the fictional sample standard
 * mapped to the service adviser (analysed, recommended) and to the receptionist (mandatory, by
 * title only — so the demo shows both warnings) with attestations.
 */
final class CarServiceProfiles {

    record Services(ProfileService profiles, CatalogService catalog, DutyService duties, AssessmentService assessments,
                    StandardService standards, MappingService mappings, AttestationService attestations,
                    PositionService positions) {
    }

    private final Actor actor;
    private final Services s;
    private final Long receiving;
    private final List<Long> advisers;
    private final List<Long> receptionists;

    CarServiceProfiles(Actor actor, Services services, Long receiving, List<Long> advisers, List<Long> receptionists) {
        this.actor = actor;
        this.s = services;
        this.receiving = receiving;
        this.advisers = advisers;
        this.receptionists = receptionists;
    }

    void build() {
        long adviser = s.positions().findByCode(actor, "SA").orElseThrow().id();
        requirements(adviser);
        values();
        s.profiles().addResponsibility(actor, adviser, "Client loyalty: clients come back for the next service");
        try {
            s.duties().issue(actor, adviser, new IssueForm());
        } catch (InvalidInputException e) {
            // without holders of the owner position there is nobody to sign off; the live duties still show
        }
        for (int i = 0; i < advisers.size(); i++) {
            assess(advisers.get(i), i);
        }
        standard(adviser);
    }

    private void requirements(long adviser) {
        require(adviser, null, CompetencyKind.GENERAL_KNOWLEDGE, "Car design basics", 3);
        require(adviser, receiving, CompetencyKind.SUBJECT_KNOWLEDGE, "Car-service business processes", 4);
        require(adviser, receiving, CompetencyKind.SUBJECT_KNOWLEDGE, "Service price list and warranty terms", 3);
        require(adviser, receiving, CompetencyKind.SKILL, "Working in the dealer management system", 3);
        require(adviser, receiving, CompetencyKind.SKILL, "Explaining technical matters in plain words", 4);
        require(adviser, receiving, CompetencyKind.PERSONAL_QUALITY, "Attentiveness", 4);
        require(adviser, receiving, CompetencyKind.PERSONAL_QUALITY, "Politeness", 4);
    }

    private void require(long position, Long process, CompetencyKind kind, String name, int level) {
        var f = new RequirementForm();
        f.setProcessId(process);
        f.setKind(kind);
        f.setName(name);
        f.setRequiredLevel(level);
        s.profiles().add(actor, position, f);
    }

    private void values() {
        for (String v : List.of("The client comes first", "Honesty in every estimate", "We keep our word on deadlines")) {
            var f = new ValueForm();
            f.setName(v);
            s.catalog().addValue(actor, f);
        }
    }

    /** The first adviser falls short on two competencies, the second on one, the third meets the profile. */
    private void assess(long person, int which) {
        Assessment a = s.assessments().start(actor, person);
        var levels = new LevelsForm();
        int shortfalls = 2 - which;
        for (AssessmentItem item : a.items()) {
            int level = shortfalls-- > 0 ? item.requiredLevel() - 1 : item.requiredLevel();
            levels.getLevels().put(item.competencyId(), level);
        }
        levels.setVersion(a.version());
        s.assessments().agree(actor, a.id(), levels);
    }

    private void standard(long adviser) {
        Standard sample = s.standards().importSample(actor);
        List<StandardFunction> labour = s.standards().functions(actor, sample.id()).stream().filter(f -> !f.generalised()).toList();
        var f = new MappingForm();
        f.setPositionId(adviser);
        f.setFunctionIds(List.of(labour.get(0).id(), labour.get(1).id()));
        f.setPositionGoals("The client hands the car over confident that the problem is understood and will be solved, "
                + "and gets it back on time with the work and the bill explained");
        f.setGoalsMatch(true);
        f.setAnalysisNote("Both aim at receiving and returning cars on time and to the agreed scope; the reception "
                + "planning functions (B) belong to the head of the car service");
        Mapping m = s.mappings().map(actor, sample.id(), f);
        attest(m, advisers, labour.get(1).id());
        long receptionist = s.positions().findByCode(actor, "RCPT").orElseThrow().id();
        var r = new MappingForm();
        r.setPositionId(receptionist);
        r.setFunctionIds(List.of(labour.get(0).id()));
        r.setMandatory(true);
        r.setMandatoryReason(MandatoryReason.LAW);
        r.setLegalBasis("Fictional Vehicle Reception Act, section 3 (demo only)");
        Mapping rm = s.mappings().map(actor, sample.id(), r);
        attest(rm, receptionists, labour.get(0).id());
    }

    /** The first holder has a gap in one function (training follows); the next one passes. */
    private void attest(Mapping m, List<Long> people, long gapFunction) {
        for (int i = 0; i < Math.min(2, people.size()); i++) {
            var a = new AttestationForm();
            a.setPersonId(people.get(i));
            a.setAttainedLevel(i == 0 ? m.requiredLevel() - 1 : m.requiredLevel());
            a.setUnmetFunctionIds(i == 0 ? List.of(gapFunction) : List.of());
            a.setHeldOn(LocalDate.now().minusDays(7));
            a.setNote(i == 0 ? "Gap in one labour function: training planned, not dismissal" : null);
            s.attestations().record(actor, m.id(), a);
        }
    }
}
