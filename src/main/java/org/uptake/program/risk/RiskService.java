package org.uptake.program.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/** The risk register of a program and its probability × impact heat map. */
@Service
public class RiskService {

    public static final String ENTITY = "risk";
    public static final int MAX_TASKS = 200;

    private final ProgramService programs;
    private final RiskRepository risks;
    private final AuditLog audit;

    RiskService(ProgramService programs, RiskRepository risks, AuditLog audit) {
        this.programs = programs;
        this.risks = risks;
        this.audit = audit;
    }

    /** Which risks a register page lists: {@code null} status means the active ones (open and mitigating). */
    public record Filter(RiskStatus status, boolean all, Integer probability, Integer impact) {

        public static final Filter ACTIVE = new Filter(null, false, null, null);

        List<String> statuses() {
            if (status != null) {
                return List.of(status.name());
            }
            return java.util.Arrays.stream(RiskStatus.values()).filter(s -> all || s.active()).map(Enum::name).toList();
        }
    }

    public Slice<Risk> list(Actor actor, long programId, Filter filter, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        Integer afterScore = after == null ? null : score(after.key());
        var query = new RiskRepository.Query(filter.statuses(), RiskScale.valid(filter.probability()) ? filter.probability() : null,
                RiskScale.valid(filter.impact()) ? filter.impact() : null, afterScore, afterScore == null ? 0 : after.id(),
                request.size() + 1);
        return Slice.of(risks.page(actor.organizationId(), programId, query), request.size(),
                r -> new Cursor(Integer.toString(r.score()), r.id()));
    }

    public HeatMap heatMap(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        List<int[]> cells = risks.cells(actor.organizationId(), programId);
        return new HeatMap(cells, cells.stream().mapToInt(c -> c[2]).sum());
    }

    public Risk get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    private Risk find(Actor actor, long programId, long id) {
        return risks.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public Risk create(Actor actor, long programId, RiskForm form) {
        editable(actor, programId);
        check(actor, programId, form);
        long id = risks.insert(actor.organizationId(), programId, form);
        risks.replaceTasks(actor.organizationId(), id, form.getTaskIds());
        Risk created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Risk update(Actor actor, long programId, long id, RiskForm form) {
        editable(actor, programId);
        Risk before = find(actor, programId, id);
        check(actor, programId, form);
        if (risks.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        risks.replaceTasks(actor.organizationId(), id, form.getTaskIds());
        Risk after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        editable(actor, programId);
        Risk before = find(actor, programId, id);
        if (risks.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    /** Links one more task to the risk (the page's task picker); the risk's version guards against a stale page. */
    @Transactional
    public Risk linkTask(Actor actor, long programId, long id, long taskId, int version) {
        Risk risk = get(actor, programId, id);
        RiskForm form = RiskForm.of(risk);
        form.setVersion(version);
        List<Long> ids = new ArrayList<>(form.getTaskIds());
        ids.add(taskId);
        form.setTaskIds(ids);
        return update(actor, programId, id, form);
    }

    private void check(Actor actor, long programId, RiskForm f) {
        List<Violation> problems = new ArrayList<>();
        if (f.getTitle() == null || f.getTitle().isBlank() || f.getTitle().length() > 300) {
            problems.add(Violation.of("title", "risk.error.title"));
        }
        if (!RiskScale.valid(f.getProbability())) {
            problems.add(Violation.of("probability", "risk.error.scale"));
        }
        if (!RiskScale.valid(f.getImpact())) {
            problems.add(Violation.of("impact", "risk.error.scale"));
        }
        if (f.getStatus() == null) {
            f.setStatus(RiskStatus.OPEN);
        }
        if (f.getOwnerPersonId() != null && !risks.personExists(actor.organizationId(), f.getOwnerPersonId())) {
            problems.add(Violation.of("ownerPersonId", "risk.error.owner"));
        }
        if (f.getTaskIds().size() > MAX_TASKS) {
            problems.add(Violation.of("taskIds", "risk.error.tooManyTasks", MAX_TASKS));
        } else {
            var known = new HashSet<>(risks.tasksOf(actor.organizationId(), programId, f.getTaskIds()));
            List<Long> unknown = f.getTaskIds().stream().filter(t -> !known.contains(t)).toList();
            if (!unknown.isEmpty()) {
                problems.add(Violation.of("taskIds", "risk.error.taskUnknown", unknown.toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void editable(Actor actor, long programId) {
        if (programs.requireEditor(actor, programId).program().status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
    }

    private static Integer score(String key) {
        try {
            return Integer.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
