package org.uptake.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.uptake.program.Program;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramTeamService;
import org.uptake.program.plan.Completion;
import org.uptake.program.plan.DependencyService;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.TaskService;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.program.setup.SetupForm;
import org.uptake.shared.Actor;

/**
 * Program records for the permission matrix, built in one organisation of the matrix: a program the
 * organisation's COORDINATOR user runs (cached, for reading), fresh programs and tasks for destructive
 * calls, tasks owned by the EMPLOYEE user, an own copy of P1.
 */
public final class ProgramMatrixWorld {

    private static final Map<Long, Long> PROGRAMS = new ConcurrentHashMap<>();
    private static final Map<Long, Long> PLAYBOOKS = new ConcurrentHashMap<>();

    private final Fixtures fixtures;
    private final Actor admin;
    private final Actor coordinator;
    private final Actor employee;

    public ProgramMatrixWorld(Fixtures fixtures, Actor admin, Actor coordinator, Actor employee) {
        this.fixtures = fixtures;
        this.admin = admin;
        this.coordinator = coordinator;
        this.employee = employee;
    }

    public long program() {
        return PROGRAMS.computeIfAbsent(admin.organizationId(), k -> freshProgram());
    }

    public long freshProgram() {
        var form = new SetupForm();
        form.setPlaybookId(builtInP1());
        form.setName("Matrix program " + Fixtures.next());
        form.setStartDate(LocalDate.of(2030, 3, 4));
        form.setLanguage("en");
        Program p = fixtures.bean(ProgramSetupService.class).create(coordinator, form).program();
        return p.id();
    }

    public long builtInP1() {
        return fixtures.bean(PlaybookService.class).list(admin).stream().filter(p -> p.builtIn() && p.code().equals("P1"))
                .findFirst().orElseThrow().id();
    }

    public long ownPlaybook() {
        return PLAYBOOKS.computeIfAbsent(admin.organizationId(),
                k -> fixtures.bean(PlaybookService.class).copy(admin, builtInP1(), "MX" + Fixtures.next(), null).id());
    }

    public long phase() {
        return fixtures.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select id from program_phase where program_id = ? order by position limit 1").param(program())
                .query(Long.class).single();
    }

    /** A new task of the cached program, owned by the organisation's EMPLOYEE user. */
    public long employeeTask() {
        var form = new TaskForm();
        form.setTitle("Matrix task " + Fixtures.next());
        form.setOwnerPersonId(employee.personId());
        form.setPlannedStart(LocalDate.of(2030, 3, 4));
        form.setDurationDays(2);
        return fixtures.bean(TaskService.class).create(coordinator, program(), form).id();
    }

    /** A done task with an evidence file, owned by the EMPLOYEE user. */
    public long taskWithEvidence() {
        long task = employeeTask();
        TaskService tasks = fixtures.bean(TaskService.class);
        long file = tasks.storeEvidence(coordinator, program(), task, "minutes.txt", "text/plain", "minutes".getBytes());
        tasks.complete(coordinator, program(), task, new Completion(true, null, null, file, null, tasks.get(coordinator, program(), task).version()));
        return task;
    }

    public long dependency() {
        long a = employeeTask();
        long b = employeeTask();
        return fixtures.bean(DependencyService.class).add(coordinator, program(), a, b).id();
    }

    public long member() {
        long person = fixtures.person(admin, "Matrix member", null, null).id();
        ProgramTeamService team = fixtures.bean(ProgramTeamService.class);
        team.addMember(coordinator, program(), person, ProgramRole.MEMBER);
        return team.members(coordinator, program()).stream().filter(m -> m.personId() == person).findFirst().orElseThrow().id();
    }

    public long goal() {
        return fixtures.bean(ProgramTeamService.class).addGoal(coordinator, program(), "Matrix goal " + Fixtures.next(), null).id();
    }

    /** A fresh holiday of the organisation (a different day each time). */
    public LocalDate holiday() {
        LocalDate day = LocalDate.of(2040, 1, 1).plusDays(Fixtures.next() % 5000);
        try {
            fixtures.bean(org.uptake.program.calendar.CalendarService.class).addHoliday(admin, day, "Matrix holiday");
        } catch (org.uptake.shared.error.InvalidInputException taken) {
            // already a holiday: deleting it works just as well
        }
        return day;
    }

    public long personId() {
        return fixtures.person(admin, "Matrix person", null, null).id();
    }
}
