package org.uptake.procurement.requirement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.process.catalog.ProcessRow;
import org.uptake.process.catalog.ProcessService;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.budget.Money;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * A program's requirements document: the goals (one or two sentences), the internal budget, and the
 * requirements as scenarios per role and stage. Whoever reads the program reads it; its editors write it.
 */
@Service
public class RequirementService {

    public static final String ENTITY = "requirement";
    public static final String DOCUMENT = "requirement_document";

    private final ProgramService programs;
    private final ProcessService processes;
    private final RequirementRepository requirements;
    private final AuditLog audit;

    RequirementService(ProgramService programs, ProcessService processes, RequirementRepository requirements, AuditLog audit) {
        this.programs = programs;
        this.processes = processes;
        this.requirements = requirements;
        this.audit = audit;
    }

    public RequirementDocument document(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return requirements.document(actor.organizationId(), programId).orElse(RequirementDocument.empty(programId));
    }

    @Transactional
    public RequirementDocument saveDocument(Actor actor, long programId, DocumentForm form) {
        editable(actor, programId);
        RequirementDocument before = requirements.document(actor.organizationId(), programId)
                .orElse(RequirementDocument.empty(programId));
        Long budget = checkDocument(form);
        boolean saved = before.version() == 0 && form.version() == 0
                ? requirements.insertDocument(actor.organizationId(), programId, form, budget)
                : requirements.updateDocument(actor.organizationId(), programId, form, budget);
        if (!saved) {
            throw new StaleVersionException(DOCUMENT, programId);
        }
        RequirementDocument after = requirements.document(actor.organizationId(), programId).orElseThrow();
        audit.updated(actor, DOCUMENT, programId, before, after);
        return after;
    }

    private static Long checkDocument(DocumentForm form) {
        int sentences = Goals.sentences(form.goals());
        if (form.goals() != null && sentences > Goals.MAX_SENTENCES) {
            throw new InvalidInputException("goals", "procurement.error.goalsSentences", sentences);
        }
        if (form.budget() == null) {
            return null;
        }
        if (form.budgetCurrency() == null) {
            throw new InvalidInputException("budgetCurrency", "procurement.error.currencyRequired");
        }
        return Money.parseMinor("budget", form.budget(), form.budgetCurrency(), false);
    }

    public Slice<Requirement> list(Actor actor, long programId, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        Integer afterStage = after == null ? null : stage(after.key());
        List<Requirement> rows = requirements.page(actor.organizationId(), programId, afterStage,
                afterStage == null ? 0 : after.id(), request.size() + 1);
        return Slice.of(named(actor, rows), request.size(), r -> new Cursor(Integer.toString(r.stage()), r.id()));
    }

    public Requirement get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    private Requirement find(Actor actor, long programId, long id) {
        return requirements.find(actor.organizationId(), programId, id).map(r -> named(actor, List.of(r)).getFirst())
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Puts the process codes and names in, with one call to the process module for the whole page. */
    private List<Requirement> named(Actor actor, List<Requirement> rows) {
        Set<Long> ids = rows.stream().flatMap(r -> r.processIds().stream()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return rows;
        }
        Map<Long, ProcessRow> byId = processes.rows(actor, ids).stream().collect(Collectors.toMap(ProcessRow::id, Function.identity()));
        return rows.stream().map(r -> new Requirement(r.id(), r.programId(), r.role(), r.scenario(), r.stage(), r.priority(),
                r.customerPersonId(), r.customerPositionId(), r.customerName(), r.processIds().stream().filter(byId::containsKey)
                .map(id -> new Requirement.LinkedProcess(id, byId.get(id).code(), byId.get(id).name())).toList(), r.version()))
                .toList();
    }

    @Transactional
    public Requirement create(Actor actor, long programId, RequirementForm form) {
        editable(actor, programId);
        check(actor, form);
        long id = requirements.insert(actor.organizationId(), programId, form);
        requirements.replaceProcesses(actor.organizationId(), id, form.processIds());
        Requirement created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Requirement update(Actor actor, long programId, long id, RequirementForm form) {
        editable(actor, programId);
        Requirement before = find(actor, programId, id);
        check(actor, form);
        if (requirements.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        requirements.replaceProcesses(actor.organizationId(), id, form.processIds());
        Requirement after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /** Links one more process (the page's picker); the requirement's version guards against a stale page. */
    @Transactional
    public Requirement linkProcess(Actor actor, long programId, long id, Long processId, int version) {
        editable(actor, programId);
        if (processId == null) {
            throw new InvalidInputException("processIds", "procurement.error.processRequired");
        }
        Requirement r = get(actor, programId, id);
        List<Long> ids = new ArrayList<>(r.processIds());
        ids.add(processId);
        return update(actor, programId, id, RequirementForm.of(r).withProcessIds(ids, version));
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        editable(actor, programId);
        Requirement before = find(actor, programId, id);
        if (requirements.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    private void check(Actor actor, RequirementForm f) {
        List<Violation> problems = new ArrayList<>();
        if ((f.customerPersonId() == null) == (f.customerPositionId() == null)) {
            problems.add(Violation.of("customerPersonId", "procurement.error.customer"));
        } else if (f.customerPersonId() != null && !requirements.personExists(actor.organizationId(), f.customerPersonId())) {
            problems.add(Violation.of("customerPersonId", "procurement.error.person"));
        } else if (f.customerPositionId() != null && !requirements.positionExists(actor.organizationId(), f.customerPositionId())) {
            problems.add(Violation.of("customerPositionId", "procurement.error.position"));
        }
        if (!f.processIds().isEmpty()) {
            Set<Long> known = new HashSet<>(processes.rows(actor, f.processIds()).stream().map(ProcessRow::id).toList());
            List<Long> unknown = f.processIds().stream().filter(id -> !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                problems.add(Violation.of("processIds", "procurement.error.processUnknown", unknown.toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The whole document's requirements, page by page, for the export. */
    public List<Requirement> all(Actor actor, long programId) {
        List<Requirement> out = new ArrayList<>();
        String after = null;
        do {
            Slice<Requirement> page = list(actor, programId, new PageRequest(null, after, PageRequest.MAX_SIZE));
            out.addAll(page.items());
            after = page.next();
        } while (after != null);
        return out;
    }

    boolean personExists(Actor actor, long personId) {
        return requirements.personExists(actor.organizationId(), personId);
    }

    void editable(Actor actor, long programId) {
        if (programs.requireEditor(actor, programId).program().status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
    }

    private static Integer stage(String key) {
        try {
            return Integer.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
