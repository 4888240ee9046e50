package org.uptake.competency.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.competency.catalog.CatalogService;
import org.uptake.competency.catalog.Competency;
import org.uptake.competency.catalog.CompetencyKind;
import org.uptake.competency.catalog.ProficiencyLevel;
import org.uptake.competency.duty.DutyService;
import org.uptake.competency.duty.JobDuties;
import org.uptake.competency.duty.JobDuty;
import org.uptake.org.position.Position;
import org.uptake.org.position.PositionService;
import org.uptake.process.catalog.ProcessService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Competencies per position and process, agreed by the executor's supervisor, the process owner
 * and the employee (seed 002 line 409), and the job profile built from them. Everyone in the
 * organisation reads profiles; admins, coordinators, unit heads and the process's owners change
 * requirements; each party records its own agreement.
 */
@Service
public class ProfileService {

    static final String ENTITY = "position_requirement";
    public static final List<String> PARTIES = List.of("SUPERVISOR", "PROCESS_OWNER", "EMPLOYEE");

    private final ProfileRepository profiles;
    private final CatalogService catalog;
    private final DutyService duties;
    private final PositionService positions;
    private final ProcessService processes;
    private final AuditLog audit;

    ProfileService(ProfileRepository profiles, CatalogService catalog, DutyService duties, PositionService positions,
                   ProcessService processes, AuditLog audit) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.duties = duties;
        this.positions = positions;
        this.processes = processes;
        this.audit = audit;
    }

    public List<Requirement> requirements(Actor actor, long positionId) {
        positions.get(actor, positionId);
        return profiles.requirements(actor.organizationId(), positionId);
    }

    public List<Agreement> agreements(Actor actor, long positionId) {
        positions.get(actor, positionId);
        return profiles.agreements(actor.organizationId(), positionId);
    }

    public boolean mayEdit(Actor actor, Long processId) {
        if (actor.hasAny(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD)) {
            return true;
        }
        return processId != null && processes.isOwner(actor, processes.get(actor, processId));
    }

    private void requireEditor(Actor actor, Long processId) {
        if (!mayEdit(actor, processId)) {
            throw new ForbiddenException("change competency requirements");
        }
    }

    @Transactional
    public Requirement add(Actor actor, long positionId, RequirementForm form) {
        positions.get(actor, positionId);
        requireEditor(actor, form.getProcessId());
        validate(actor, positionId, form);
        Competency c = form.getCompetencyId() != null ? catalog.get(actor, form.getCompetencyId())
                : catalog.findOrCreate(actor, form.getKind(), form.getName());
        if (profiles.exists(positionId, form.getProcessId(), c.id())) {
            throw new InvalidInputException("competencyId", "profile.error.duplicate", c.name());
        }
        long id = profiles.insert(actor.organizationId(), positionId, form.getProcessId(), c.id(), form.getRequiredLevel());
        profiles.bumpSet(actor.organizationId(), positionId, form.getProcessId());
        Requirement created = profiles.requirement(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    private void validate(Actor actor, long positionId, RequirementForm form) {
        var violations = new ArrayList<org.uptake.shared.error.Violation>();
        if (form.getCompetencyId() == null && (form.getKind() == null || form.getName() == null)) {
            violations.add(org.uptake.shared.error.Violation.of("name", "profile.error.competencyRequired"));
        }
        if (form.getRequiredLevel() > catalog.maxLevel(actor)) {
            violations.add(org.uptake.shared.error.Violation.of("requiredLevel", "profile.error.levelBeyondScale", catalog.maxLevel(actor)));
        }
        if (form.getProcessId() != null) {
            boolean executes = duties.duties(actor, positionId).rows().stream().anyMatch(r -> r.processId() == form.getProcessId());
            if (!executes) {
                violations.add(org.uptake.shared.error.Violation.of("processId", "profile.error.notExecutor"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    @Transactional
    public Requirement changeLevel(Actor actor, long positionId, long id, int level, int version) {
        Requirement before = requirement(actor, positionId, id);
        requireEditor(actor, before.processId());
        if (level < 1 || level > catalog.maxLevel(actor)) {
            throw new InvalidInputException("requiredLevel", "profile.error.levelBeyondScale", catalog.maxLevel(actor));
        }
        if (profiles.updateLevel(actor.organizationId(), id, level, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        profiles.bumpSet(actor.organizationId(), positionId, before.processId());
        Requirement after = requirement(actor, positionId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void remove(Actor actor, long positionId, long id, int version) {
        Requirement before = requirement(actor, positionId, id);
        requireEditor(actor, before.processId());
        if (profiles.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        profiles.bumpSet(actor.organizationId(), positionId, before.processId());
        audit.deleted(actor, ENTITY, id, before);
    }

    private Requirement requirement(Actor actor, long positionId, long id) {
        return profiles.requirement(actor.organizationId(), id).filter(r -> r.positionId() == positionId)
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /**
     * Records the actor's agreement, as the party they really are: the employee holds the position,
     * the process owner holds the process's owner position, the supervisor manages or heads a holder.
     */
    @Transactional
    public Agreement agree(Actor actor, long positionId, Long processId, String party) {
        positions.get(actor, positionId);
        if (actor.personId() == null || !PARTIES.contains(party)) {
            throw new InvalidInputException("party", "profile.error.party");
        }
        boolean eligible = switch (party) {
            case "EMPLOYEE" -> profiles.positionOf(actor.organizationId(), actor.personId()).filter(p -> p == positionId).isPresent();
            case "PROCESS_OWNER" -> processId != null && processes.isOwner(actor, processes.get(actor, processId));
            default -> profiles.managesAHolder(actor.organizationId(), actor.personId(), positionId);
        };
        if (!eligible) {
            throw new InvalidInputException("party", "profile.error.notParty", party);
        }
        profiles.agree(actor.organizationId(), positionId, processId, party, actor.personId(), actor.displayName(),
                profiles.setVersion(positionId, processId));
        audit.action(actor, "position", positionId, "requirements agreed",
                Map.of("party", party, "process", processId == null ? "" : processId));
        return profiles.agreements(actor.organizationId(), positionId).stream()
                .filter(a -> a.party().equals(party) && java.util.Objects.equals(a.processId(), processId)).findFirst().orElseThrow();
    }

    @Transactional
    public JobProfile.Responsibility addResponsibility(Actor actor, long positionId, String text) {
        positions.get(actor, positionId);
        actor.require("change areas of responsibility", Role.ADMIN, Role.COORDINATOR);
        if (text == null || text.isBlank() || text.strip().length() > 500) {
            throw new InvalidInputException("text", "profile.error.responsibility");
        }
        long id = profiles.addResponsibility(actor.organizationId(), positionId, text.strip());
        audit.action(actor, "position", positionId, "area of responsibility added", Map.of("text", text.strip()));
        return new JobProfile.Responsibility(id, text.strip(), 0);
    }

    @Transactional
    public void removeResponsibility(Actor actor, long positionId, long id, int version) {
        positions.get(actor, positionId);
        actor.require("change areas of responsibility", Role.ADMIN, Role.COORDINATOR);
        if (profiles.deleteResponsibility(actor.organizationId(), positionId, id, version) == 0) {
            throw new StaleVersionException("position_responsibility", id);
        }
        audit.action(actor, "position", positionId, "area of responsibility removed", Map.of("id", id));
    }

    /** The seven sections: knowledge, skills and qualities copied from the requirements ("nothing to invent"), values, duties, KPIs. */
    public JobProfile profile(Actor actor, long positionId) {
        Position position = positions.get(actor, positionId);
        List<Requirement> reqs = profiles.requirements(actor.organizationId(), positionId);
        Map<Integer, String> levelNames = new java.util.HashMap<>();
        catalog.scale(actor).forEach(l -> levelNames.put(l.level(), l.name()));
        JobDuties d = duties.duties(actor, positionId);
        List<String> functional = d.rows().stream().map(r -> r.name() + ": " + r.functions()).toList();
        Set<String> areas = new LinkedHashSet<>();
        d.rows().forEach(r -> r.indicators().forEach(i -> areas.add(i.split(" — ")[0])));
        var strategic = profiles.responsibilities(actor.organizationId(), positionId);
        strategic.forEach(s -> areas.add(s.text()));
        List<String> values = catalog.values(actor).stream()
                .map(v -> v.description() == null ? v.name() : v.name() + " — " + v.description()).toList();
        return new JobProfile(positionId, position.title(), lines(reqs, CompetencyKind.GENERAL_KNOWLEDGE, levelNames),
                lines(reqs, CompetencyKind.SUBJECT_KNOWLEDGE, levelNames), lines(reqs, CompetencyKind.SKILL, levelNames),
                lines(reqs, CompetencyKind.PERSONAL_QUALITY, levelNames), values, functional, List.copyOf(areas), strategic,
                pending(actor, positionId, reqs, d));
    }

    private static List<ProfileLine> lines(List<Requirement> reqs, CompetencyKind kind, Map<Integer, String> levelNames) {
        Map<Long, List<Requirement>> byCompetency = new LinkedHashMap<>();
        reqs.stream().filter(r -> r.kind() == kind).forEach(r -> byCompetency.computeIfAbsent(r.competencyId(), k -> new ArrayList<>()).add(r));
        return byCompetency.values().stream().map(rs -> {
            int level = rs.stream().mapToInt(Requirement::requiredLevel).max().orElse(0);
            return new ProfileLine(rs.getFirst().competencyId(), rs.getFirst().competencyName(), level,
                    levelNames.getOrDefault(level, String.valueOf(level)),
                    rs.stream().map(Requirement::processName).filter(java.util.Objects::nonNull).distinct().toList());
        }).toList();
    }

    /** Which party has not (or no longer) agreed the requirements of which process. */
    private List<String> pending(Actor actor, long positionId, List<Requirement> reqs, JobDuties d) {
        List<Agreement> agreed = profiles.agreements(actor.organizationId(), positionId);
        Map<Long, String> names = new java.util.HashMap<>();
        d.rows().forEach(r -> names.put(r.processId(), r.name()));
        List<String> out = new ArrayList<>();
        reqs.stream().map(Requirement::processId).distinct().forEach(pid -> PARTIES.forEach(party -> {
            if (pid == null && party.equals("PROCESS_OWNER")) {
                return;
            }
            boolean ok = agreed.stream().anyMatch(a -> a.current() && a.party().equals(party) && java.util.Objects.equals(a.processId(), pid));
            if (!ok) {
                out.add((pid == null ? "—" : names.getOrDefault(pid, "#" + pid)) + ": " + party);
            }
        }));
        return out;
    }

    public List<ProficiencyLevel> scale(Actor actor) {
        return catalog.scale(actor);
    }

    public List<JobDuty> dutyRows(Actor actor, long positionId) {
        return duties.duties(actor, positionId).rows();
    }
}
