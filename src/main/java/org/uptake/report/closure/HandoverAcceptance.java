package org.uptake.report.closure;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.approval.event.SignOffApproved;
import org.uptake.approval.event.SignOffCancelled;
import org.uptake.approval.event.SignOffRejected;
import org.uptake.measure.benefit.Benefit;
import org.uptake.measure.benefit.BenefitForm;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.program.Program;
import org.uptake.program.ProgramMember;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.ProgramTeamService;
import org.uptake.report.wheel.WheelService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.Problem;
import org.uptake.support.ProblemFilter;
import org.uptake.support.ProblemRow;
import org.uptake.support.ProblemService;
import org.uptake.support.TriageForm;

/**
 * Carries out the line owner's acceptance, in the transaction of their decision (so a failure undoes the
 * decision too): the benefits get the line owner as owner, open problems that nobody or only the project team
 * owned go to the line owner, the program moves to "in operation", and the annual wheel creates its tasks.
 */
@Component
class HandoverAcceptance {

    private static final int BATCH = 200;

    private final HandoverRepository handovers;
    private final ProgramService programs;
    private final ProgramTeamService team;
    private final BenefitService benefits;
    private final ProblemService problems;
    private final WheelService wheel;
    private final AuditLog audit;

    HandoverAcceptance(HandoverRepository handovers, ProgramService programs, ProgramTeamService team, BenefitService benefits,
                       ProblemService problems, WheelService wheel, AuditLog audit) {
        this.handovers = handovers;
        this.programs = programs;
        this.team = team;
        this.benefits = benefits;
        this.problems = problems;
        this.wheel = wheel;
        this.audit = audit;
    }

    @EventListener
    void on(SignOffApproved e) {
        if (!HandoverService.SUBJECT.equals(e.subjectType())) {
            return;
        }
        Handover h = handovers.ofSignOff(e.organizationId(), e.signOffId()).orElse(null);
        if (h == null || handovers.outcome(e.organizationId(), e.signOffId(), HandoverStatus.ACCEPTED) == 0) {
            return;
        }
        Actor system = Actor.system(e.organizationId());
        long programId = h.programId();
        long owner = h.lineOwnerPersonId();
        int benefitCount = handOverBenefits(system, programId, owner);
        int problemCount = handOverProblems(system, programId, owner);
        Program program = toOperation(system, programId);
        int taskCount = program.status() == ProgramStatus.IN_OPERATION ? wheel.createTasks(system, programId, LocalDate.now()) : 0;
        audit.action(system, HandoverService.ENTITY, programId, "accepted", Map.of("lineOwner", h.lineOwnerName(),
                "benefits", benefitCount, "problems", problemCount, "wheelTasks", taskCount));
    }

    private int handOverBenefits(Actor system, long programId, long owner) {
        int changed = 0;
        for (Benefit b : benefits.list(system, programId, PageRequest.first(BATCH)).items()) {
            if (!Objects.equals(b.ownerPersonId(), owner)) {
                BenefitForm f = BenefitForm.of(b);
                f.setOwnerPersonId(owner);
                benefits.update(system, programId, b.id(), f);
                changed++;
            }
        }
        return changed;
    }

    /** Problems owned by nobody or by the project team (who leave with the project) go to the line owner. */
    private int handOverProblems(Actor system, long programId, long owner) {
        Set<Long> projectTeam = team.membersUnchecked(system.organizationId(), programId).stream()
                .filter(m -> m.role() != ProgramRole.LINE_OWNER).map(ProgramMember::personId).collect(Collectors.toSet());
        var filter = new ProblemFilter(null, null, null, null, programId, null, true, false, false);
        int changed = 0;
        for (ProblemRow row : problems.list(system, filter, PageRequest.first(BATCH)).items()) {
            Problem p = problems.get(system, row.id());
            if (p.ownerPersonId() == null || (projectTeam.contains(p.ownerPersonId()) && p.ownerPersonId() != owner)) {
                TriageForm f = TriageForm.of(p);
                f.setOwnerPersonId(owner);
                problems.triage(system, p.id(), f);
                changed++;
            }
        }
        return changed;
    }

    private Program toOperation(Actor system, long programId) {
        Program p = programs.access(system, programId).program();
        while (p.status() == ProgramStatus.PREPARATION || p.status() == ProgramStatus.ROLLOUT
                || p.status() == ProgramStatus.AFTER_ROLLOUT) {
            p = programs.advance(system, programId, p.version());
        }
        return p;
    }

    @EventListener
    void on(SignOffRejected e) {
        back(e.organizationId(), e.subjectType(), e.signOffId(), "acceptance-refused");
    }

    @EventListener
    void on(SignOffCancelled e) {
        back(e.organizationId(), e.subjectType(), e.signOffId(), "acceptance-cancelled");
    }

    private void back(long organizationId, String subjectType, long signOffId, String action) {
        if (!HandoverService.SUBJECT.equals(subjectType)) {
            return;
        }
        handovers.ofSignOff(organizationId, signOffId).ifPresent(h -> {
            if (handovers.outcome(organizationId, signOffId, HandoverStatus.DRAFT) == 1) {
                audit.action(Actor.system(organizationId), HandoverService.ENTITY, h.programId(), action, Map.of("signOff", signOffId));
            }
        });
    }
}
