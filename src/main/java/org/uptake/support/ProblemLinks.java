package org.uptake.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.uptake.program.Program;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramMember;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.ProgramTeamService;
import org.uptake.program.plan.NewTask;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.rollout.pilot.PilotService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;

/**
 * What a problem points at in other modules: its program, a pilot finding and a plan task of that
 * program, and — for a training-material problem — the task that revises the material. The training
 * module (with versioned materials) is not on main yet, so the revision is a plan task of the program
 * that names the material and its version.
 */
@Component
class ProblemLinks {

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final TaskService tasks;
    private final PilotService pilot;

    ProblemLinks(ProgramService programs, ProgramTeamService team, TaskService tasks, PilotService pilot) {
        this.programs = programs;
        this.team = team;
        this.tasks = tasks;
        this.pilot = pilot;
    }

    /** The program a report names: it must exist in the organisation and still run. */
    void requireOpenProgram(Actor actor, long programId) {
        Program program;
        try {
            program = programs.access(actor, programId).program();
        } catch (NotFoundException e) {
            throw new InvalidInputException("programId", "support.error.programUnknown");
        }
        if (program.status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException("programId", "support.error.programClosed");
        }
    }

    /** The finding and task a handler links must belong to the problem's program. */
    void requireLinks(Actor actor, TriageForm form) {
        if ((form.getFindingId() != null || form.getTaskId() != null) && form.getProgramId() == null) {
            throw new InvalidInputException("programId", "support.error.linkNeedsProgram");
        }
        if (form.getFindingId() != null) {
            try {
                pilot.finding(actor, form.getProgramId(), form.getFindingId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("findingId", "support.error.findingUnknown");
            }
        }
        if (form.getTaskId() != null) {
            try {
                tasks.get(actor, form.getProgramId(), form.getTaskId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("taskId", "support.error.taskUnknown");
            }
        }
    }

    /**
     * Adds "revise the material" to the program's plan, owned by the program's trainer (else its
     * coordinator), due when the problem's SLA is. Created by the system on the reporter's behalf:
     * reporters cannot edit plans, but their report must reach the plan.
     */
    Optional<Task> revisionTask(long organizationId, Problem p) {
        if (p.type() != ProblemType.TRAINING_MATERIAL || p.programId() == null || p.revisionTaskId() != null) {
            return Optional.empty();
        }
        Actor system = Actor.system(organizationId);
        ProgramAccess access = programs.access(system, p.programId());
        if (access.program().status() == ProgramStatus.CLOSED) {
            return Optional.empty();
        }
        Long owner = team.membersUnchecked(organizationId, p.programId()).stream()
                .filter(m -> m.role() == ProgramRole.TRAINER || m.role() == ProgramRole.COORDINATOR)
                .min(Comparator.comparing(m -> m.role() == ProgramRole.TRAINER ? 0 : 1))
                .map(ProgramMember::personId).orElse(null);
        LocalDate due = latest(LocalDate.ofInstant(p.slaDueAt(), ZoneOffset.UTC), access.program().startDate(),
                LocalDate.now(ZoneOffset.UTC));
        String title = "Revise training material \"" + p.materialName() + "\" (version " + p.materialVersion() + ")";
        String criterion = "A corrected version of \"" + p.materialName() + "\" replaces version " + p.materialVersion()
                + " and problem #" + p.id() + " is answered.";
        return Optional.of(tasks.createTask(system, p.programId(), new NewTask(cut(title, 200), owner, due,
                cut(criterion, 1000), null, "support", "problem:" + p.id(), "/problems/" + p.id())));
    }

    /** A task cannot be due before it can start: not before the program starts, nor before today. */
    private static LocalDate latest(LocalDate... dates) {
        return java.util.Arrays.stream(dates).max(LocalDate::compareTo).orElseThrow();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
