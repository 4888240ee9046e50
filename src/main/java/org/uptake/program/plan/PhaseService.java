package org.uptake.program.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.playbook.OrderStrength;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * Phases and their acceptance. A phase closes only when each of its tasks is done (criterion met,
 * evidence given) or cancelled, its gate is confirmed, and the phases it is hard-ordered after are
 * accepted. The coordinator or the sponsor accepts; who and when are recorded.
 */
@Service
public class PhaseService {

    static final String ENTITY = "phase";

    private final ProgramService programs;
    private final PhaseRepository phases;
    private final StageAcceptance acceptance;
    private final AuditLog audit;

    PhaseService(ProgramService programs, PhaseRepository phases, List<StageAcceptance> acceptances, AuditLog audit) {
        this.programs = programs;
        this.phases = phases;
        this.acceptance = acceptances.stream().max(Comparator.comparingInt(StageAcceptance::priority)).orElseThrow();
        this.audit = audit;
    }

    public List<Phase> list(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return phases.ofProgram(actor.organizationId(), programId);
    }

    public Phase get(Actor actor, long programId, long phaseId) {
        programs.requireReader(actor, programId);
        return find(actor, programId, phaseId);
    }

    public List<PhaseOrder> orders(Actor actor, long programId, long phaseId) {
        get(actor, programId, phaseId);
        return phases.ordersOf(actor.organizationId(), phaseId);
    }

    private Phase find(Actor actor, long programId, long phaseId) {
        return phases.find(actor.organizationId(), phaseId).filter(p -> p.programId() == programId)
                .orElseThrow(() -> new NotFoundException(ENTITY, phaseId));
    }

    /**
     * Asks for the phase to be accepted. Refused, with every reason and nothing changed, while a task
     * is open, the gate is not confirmed or a hard-ordered earlier phase is not accepted.
     */
    @Transactional
    public Phase requestAcceptance(Actor actor, long programId, long phaseId, String note, boolean gateConfirmed, int version) {
        ProgramAccess access = programs.access(actor, programId);
        if (!access.accepts()) {
            throw new ForbiddenException("accept phase");
        }
        Phase phase = find(actor, programId, phaseId);
        if (phase.status() != PhaseStatus.OPEN) {
            throw new InvalidInputException(null, "phase.error.notOpen");
        }
        List<Violation> errors = new ArrayList<>();
        List<String> open = phases.openTaskTitles(phaseId);
        if (!open.isEmpty()) {
            errors.add(Violation.of(null, "phase.error.openTasks", String.join(", ", open)));
        }
        if (phase.gate() != null && !gateConfirmed) {
            errors.add(Violation.of("gateConfirmed", "phase.error.gateNotConfirmed"));
        }
        List<String> earlier = phases.ordersOf(actor.organizationId(), phaseId).stream()
                .filter(o -> o.strength() == OrderStrength.HARD && o.predecessorStatus() != PhaseStatus.ACCEPTED)
                .map(PhaseOrder::predecessorName).toList();
        if (!earlier.isEmpty()) {
            errors.add(Violation.of(null, "phase.error.hardOrder", String.join(", ", earlier)));
        }
        if (note != null && note.length() > 2000) {
            errors.add(Violation.of("note", "task.error.reasonTooLong", 2000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        var outcome = acceptance.request(actor, new StageAcceptance.AcceptanceRequest(programId, phaseId, phase.name(), cleanNote));
        int updated = outcome.accepted()
                ? phases.markAccepted(actor.organizationId(), phaseId, version, actor.userId(), actor.displayName(), cleanNote)
                : phases.markRequested(actor.organizationId(), phaseId, version, outcome.reference(), cleanNote);
        if (updated == 0) {
            throw new StaleVersionException(ENTITY, phaseId);
        }
        audit.action(actor, ENTITY, phaseId, outcome.accepted() ? "accepted" : "acceptanceRequested",
                outcome.accepted() ? Map.of("phase", phase.name()) : Map.of("phase", phase.name(), "reference", outcome.reference()));
        return find(actor, programId, phaseId);
    }

    /** Called by the capability that ran the sign-off: the phase is accepted by the named approver. */
    @Transactional
    public Phase recordAcceptance(Actor actor, long programId, long phaseId, String reference, String approverName) {
        Phase phase = find(actor, programId, phaseId);
        if (phase.status() != PhaseStatus.ACCEPTANCE_REQUESTED || !reference.equals(phase.acceptanceRef())) {
            throw new InvalidInputException(null, "phase.error.notRequested");
        }
        phases.markAccepted(actor.organizationId(), phaseId, phase.version(), actor.userId(), approverName, phase.acceptanceNote());
        audit.action(actor, ENTITY, phaseId, "accepted", Map.of("phase", phase.name(), "reference", reference));
        return find(actor, programId, phaseId);
    }

    /** Called by the capability that ran the sign-off: it was rejected, so the phase is open again. */
    @Transactional
    public Phase recordRejection(Actor actor, long programId, long phaseId, String reference) {
        Phase phase = find(actor, programId, phaseId);
        if (phase.status() != PhaseStatus.ACCEPTANCE_REQUESTED || !reference.equals(phase.acceptanceRef())) {
            throw new InvalidInputException(null, "phase.error.notRequested");
        }
        phases.reopen(actor.organizationId(), phaseId);
        audit.action(actor, ENTITY, phaseId, "acceptanceRejected", Map.of("phase", phase.name(), "reference", reference));
        return find(actor, programId, phaseId);
    }
}
