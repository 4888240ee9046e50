package org.uptake.competency.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.competency.catalog.CatalogService;
import org.uptake.competency.plan.PersonalAccess;
import org.uptake.competency.plan.PlanItemDraft;
import org.uptake.competency.plan.PlanSource;
import org.uptake.competency.plan.TrainingPlanService;
import org.uptake.org.unit.UnitScope;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Assessment of a person against the job profile of their position (seed 002 line 484): the
 * questionnaire lists the profile's competencies at their required levels; the person rates
 * themselves, the manager rates them, the manager (or a coordinator) records the agreed level.
 * Gap = required − agreed; agreeing generates the individual training plan from the gaps. Seen only
 * by the person, their manager and coordinators/admins.
 */
@Service
public class AssessmentService {

    static final String ENTITY = "assessment";
    private static final int MATRIX_PEOPLE = 500;

    private final AssessmentRepository assessments;
    private final GapRollupRepository rollup;
    private final PersonalAccess access;
    private final CatalogService catalog;
    private final TrainingPlanService plans;
    private final UnitService units;
    private final AuditLog audit;

    AssessmentService(AssessmentRepository assessments, GapRollupRepository rollup, PersonalAccess access, CatalogService catalog,
                      TrainingPlanService plans, UnitService units, AuditLog audit) {
        this.assessments = assessments;
        this.rollup = rollup;
        this.access = access;
        this.catalog = catalog;
        this.plans = plans;
        this.units = units;
        this.audit = audit;
    }

    private boolean isManager(Actor actor, PersonalAccess.Subject s) {
        return access.isHrOrCoordinator(actor) || access.isManager(actor, s);
    }

    @Transactional
    public Assessment start(Actor actor, long personId) {
        PersonalAccess.Subject s = access.requireReader(actor, personId);
        if (!isManager(actor, s)) {
            throw new ForbiddenException("assess person " + personId);
        }
        if (s.positionId() == null) {
            throw new InvalidInputException("personId", "assessment.error.noPosition", s.fullName());
        }
        long id = assessments.create(actor.organizationId(), personId, s.positionId(), actor.displayName());
        Assessment created = get(actor, id);
        if (created.items().isEmpty()) {
            throw new InvalidInputException("personId", "assessment.error.emptyProfile", created.positionTitle());
        }
        audit.action(actor, ENTITY, id, "started", Map.of("person", s.fullName(), "questions", created.items().size()));
        return created;
    }

    public Assessment get(Actor actor, long id) {
        Assessment a = assessments.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        access.requireReader(actor, a.personId());
        return a;
    }

    public List<Assessment> forPerson(Actor actor, long personId) {
        access.requireReader(actor, personId);
        return assessments.forPerson(actor.organizationId(), personId);
    }

    /** Which column the actor fills: the person their own "self" level, the manager the "manager" level. */
    public String role(Actor actor, Assessment a) {
        if (actor.personId() != null && actor.personId() == a.personId()) {
            return "self";
        }
        return isManager(actor, access.requireReader(actor, a.personId())) ? "manager" : null;
    }

    @Transactional
    public Assessment rate(Actor actor, long id, LevelsForm form) {
        Assessment a = get(actor, id);
        String column = role(actor, a);
        if (column == null) {
            throw new ForbiddenException("rate assessment " + id);
        }
        write(actor, a, form, column);
        audit.action(actor, ENTITY, id, column + " levels", Map.of("levels", form.getLevels().toString()));
        return get(actor, id);
    }

    /** Records the agreed levels, closes the assessment and puts every gap into the person's training plan. */
    @Transactional
    public Assessment agree(Actor actor, long id, LevelsForm form) {
        Assessment a = get(actor, id);
        if (!"manager".equals(role(actor, a))) {
            throw new ForbiddenException("agree assessment " + id);
        }
        var missing = a.items().stream().filter(i -> !form.getLevels().containsKey(i.competencyId())).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("levels", "assessment.error.levelMissing", missing.getFirst().competencyName());
        }
        write(actor, a, form, "agreed");
        rollup.agreed(actor.organizationId(), id, a.personId(), actor.displayName());
        Assessment agreed = get(actor, id);
        List<PlanItemDraft> needs = agreed.items().stream().filter(i -> i.gap() > 0)
                .map(i -> new PlanItemDraft(a.personId(), PlanSource.GAP, i.competencyId(), id, i.competencyName(),
                        i.agreedLevel(), i.requiredLevel())).toList();
        int added = plans.add(actor, needs);
        audit.action(actor, ENTITY, id, "agreed", Map.of("gaps", needs.size(), "planItems", added));
        return agreed;
    }

    private void write(Actor actor, Assessment a, LevelsForm form, String column) {
        int max = catalog.maxLevel(actor);
        var known = a.items().stream().map(AssessmentItem::competencyId).toList();
        for (var e : form.getLevels().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new InvalidInputException("levels", "assessment.error.unknownCompetency");
            }
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > max) {
                throw new InvalidInputException("levels", "assessment.error.levelOutOfScale", max);
            }
        }
        if (assessments.bump(actor.organizationId(), a.id(), form.getVersion()) == 0) {
            if (a.agreed()) {
                throw new InvalidInputException(null, "assessment.error.agreed");
            }
            throw new StaleVersionException(ENTITY, a.id());
        }
        form.getLevels().forEach((competency, level) -> assessments.setLevel(a.id(), competency, column, level));
    }

    /**
     * The gap matrix below a unit (the whole organisation when none is given), rolled up by its
     * sub-units, or person by person. Admins and coordinators see every unit; unit heads their subtrees.
     */
    public GapMatrix matrix(Actor actor, Long unitId, boolean byPerson) {
        UnitScope scope = units.scopeOf(actor);
        boolean everything = access.isHrOrCoordinator(actor);
        AssessmentRepository.UnitRef unit = unitId == null ? null
                : assessments.unit(actor.organizationId(), unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (!everything && (unit == null || !actor.has(Role.UNIT_HEAD) || !scope.covers(unit.path()))) {
            throw new ForbiddenException("see the gap matrix");
        }
        String path = unit == null ? "/" : unit.path();
        int depth = unit == null ? 0 : unit.depth() + 1;
        long self = unit == null ? 0 : unit.id();
        var rows = byPerson ? assessments.gapCells(actor.organizationId(), path, depth, self)
                : rollup.cells(actor.organizationId(), path, depth, self);
        Map<Long, Map<Long, GapMatrix.Cell>> cells = new LinkedHashMap<>();
        java.util.Set<Long> competencyIds = new java.util.TreeSet<>();
        for (var r : rows) {
            long rowId = ((Number) r.get("row_id")).longValue();
            long competency = ((Number) r.get("competency_id")).longValue();
            competencyIds.add(competency);
            cells.computeIfAbsent(rowId, k -> new LinkedHashMap<>()).put(competency, new GapMatrix.Cell(
                    ((Number) r.get("with_gap")).longValue(), ((Number) r.get("assessed")).longValue(),
                    ((Number) r.get("average_gap")).doubleValue()));
        }
        Map<Long, String> rowNames = assessments.names(byPerson ? "person" : "unit", byPerson ? "full_name" : "name",
                cells.keySet().stream().limit(MATRIX_PEOPLE).toList());
        List<GapMatrix.Row> out = new ArrayList<>();
        rowNames.forEach((id, name) -> out.add(new GapMatrix.Row(id, name, byPerson, cells.get(id))));
        List<GapMatrix.Column> columns = assessments.names("competency", "name", List.copyOf(competencyIds)).entrySet().stream()
                .map(e -> new GapMatrix.Column(e.getKey(), e.getValue())).toList();
        return new GapMatrix(unit == null ? null : unit.id(), unit == null ? null : unit.name(), columns, out);
    }

    /** Counts latest assessments written in bulk (the large demo) into the gap matrix's totals (ADR 0018). */
    public void countUncountedGaps(long organizationId) {
        rollup.countUncounted(organizationId);
    }
}
