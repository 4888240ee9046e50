package org.uptake.competency.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.competency.plan.PersonalAccess;
import org.uptake.competency.plan.PlanItemDraft;
import org.uptake.competency.plan.PlanSource;
import org.uptake.competency.plan.TrainingPlanService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;

/**
 * Attestation results against a position's standard (seed 002 line 1272). A labour function not
 * mastered, or a level below the one required, becomes an item of the person's individual
 * training plan: the answer to a gap is training, not dismissal. Recorded by admins and
 * coordinators (the attestation commission); seen like any personal record.
 */
@Service
public class AttestationService {

    static final String ENTITY = "attestation";

    private final AttestationRepository attestations;
    private final MappingService mappings;
    private final PersonalAccess access;
    private final TrainingPlanService plans;
    private final AuditLog audit;

    AttestationService(AttestationRepository attestations, MappingService mappings, PersonalAccess access,
                       TrainingPlanService plans, AuditLog audit) {
        this.attestations = attestations;
        this.mappings = mappings;
        this.access = access;
        this.plans = plans;
        this.audit = audit;
    }

    /** What was recorded and how many needs it added to the training plan. */
    public record Recorded(Attestation attestation, int trainingNeeds) {
    }

    public boolean mayRecord(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    @Transactional
    public Recorded record(Actor actor, long mappingId, AttestationForm form) {
        actor.require("record an attestation", Role.ADMIN, Role.COORDINATOR);
        Mapping m = mappings.get(actor, mappingId);
        PersonalAccess.Subject person = access.subject(actor, form.getPersonId())
                .orElseThrow(() -> new InvalidInputException("personId", "standards.error.person"));
        if (!Objects.equals(person.positionId(), m.positionId())) {
            throw new InvalidInputException("personId", "standards.error.notHolder", m.positionTitle());
        }
        List<AttestationRepository.Unmet> unmet = attestations.unmet(actor.organizationId(), m.functionIds(),
                form.getUnmetFunctionIds());
        if (unmet.size() != form.getUnmetFunctionIds().stream().distinct().count()) {
            throw new InvalidInputException("unmetFunctionIds", "standards.error.functions");
        }
        long id = attestations.insert(actor.organizationId(), mappingId, form,
                unmet.stream().map(AttestationRepository.Unmet::id).toList(), actor.displayName());
        Attestation created = attestations.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, Map.of("person", created.personName(), "standard", created.standardCode(),
                "level", created.attainedLevel(), "passed", created.passed()));
        return new Recorded(created, plans.add(actor, needs(created, m, unmet)));
    }

    private static List<PlanItemDraft> needs(Attestation a, Mapping m, List<AttestationRepository.Unmet> unmet) {
        List<PlanItemDraft> needs = new ArrayList<>();
        for (AttestationRepository.Unmet u : unmet) {
            needs.add(new PlanItemDraft(a.personId(), PlanSource.ATTESTATION, null, null,
                    m.standardCode() + " · " + u.label(), a.attainedLevel(), m.requiredLevel()));
        }
        if (needs.isEmpty() && a.attainedLevel() < m.requiredLevel()) {
            needs.add(new PlanItemDraft(a.personId(), PlanSource.ATTESTATION, null, null,
                    m.standardCode() + " · " + m.standardName(), a.attainedLevel(), m.requiredLevel()));
        }
        return needs;
    }

    public List<Attestation> forMapping(Actor actor, long mappingId) {
        actor.require("read attestations", Role.ADMIN, Role.COORDINATOR);
        mappings.get(actor, mappingId);
        return attestations.forMapping(actor.organizationId(), mappingId);
    }

    public List<Attestation> forPerson(Actor actor, long personId) {
        access.requireReader(actor, personId);
        return attestations.forPerson(actor.organizationId(), personId);
    }

    public Attestation get(Actor actor, long id) {
        Attestation a = attestations.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        access.requireReader(actor, a.personId());
        return a;
    }
}
