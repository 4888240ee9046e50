package org.uptake.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.org.person.Person;
import org.uptake.org.position.Position;
import org.uptake.org.unit.Unit;
import org.uptake.program.Program;
import org.uptake.program.playbook.Playbook;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.program.setup.SetupForm;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * Programs for tests, built through the real services: an organisation with a coordinator, a sponsor,
 * a trainer and an IT administrator, and a program created from a built-in playbook.
 */
public final class ProgramFixtures {

    private final Fixtures fixtures;
    private final ProgramSetupService setup;
    private final PlaybookService playbooks;
    private final TaskService tasks;
    private final JdbcClient jdbc;

    public ProgramFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.setup = fixtures.bean(ProgramSetupService.class);
        this.playbooks = fixtures.bean(PlaybookService.class);
        this.tasks = fixtures.bean(TaskService.class);
        this.jdbc = fixtures.bean(JdbcClient.class);
    }

    /** A Monday, so working-day arithmetic in tests is easy to read. */
    public static final LocalDate START = LocalDate.of(2030, 3, 4);

    /** An organisation ready for programs: its admin, a coordinator (with a person), sponsor, trainer, IT person. */
    public record World(Actor admin, Actor coordinator, Person sponsor, Person trainer, Person it, Unit root, Unit station) {
    }

    public World world() {
        Actor admin = fixtures.newOrganization();
        Unit root = fixtures.unit(admin, "Network", null);
        Unit station = fixtures.unit(admin, "Station 1", root.id());
        Actor coordinator = fixtures.user(admin, root.id(), Role.COORDINATOR, Role.EMPLOYEE);
        Position itPosition = positionWithCode(admin, "IT");
        Person sponsor = fixtures.person(admin, "Sponsor Person", root.id(), null);
        Person trainer = fixtures.person(admin, "Trainer Person", root.id(), null);
        Person it = fixtures.person(admin, "IT Person", station.id(), itPosition.id());
        return new World(admin, coordinator, sponsor, trainer, it, root, station);
    }

    public Position positionWithCode(Actor admin, String code) {
        var form = new org.uptake.org.position.PositionForm();
        form.setCode(code);
        form.setTitle("Position " + code);
        return jdbc.sql("select id from position where organization_id = ? and code = ?").params(admin.organizationId(), code)
                .query(Long.class).optional()
                .map(id -> new Position(id, admin.organizationId(), code, "Position " + code, null, 0))
                .orElseGet(() -> fixtures.positionService().create(admin, form));
    }

    public Playbook builtIn(Actor actor, String code) {
        return playbooks.list(actor).stream().filter(p -> p.builtIn() && p.code().equals(code)).findFirst().orElseThrow();
    }

    public SetupForm form(World w, String playbookCode) {
        var form = new SetupForm();
        form.setPlaybookId(builtIn(w.admin(), playbookCode).id());
        form.setName("Program " + Fixtures.next());
        form.setStartDate(START);
        form.setLanguage("en");
        form.setSponsorPersonId(w.sponsor().id());
        form.setTrainerPersonId(w.trainer().id());
        form.setUnitIds(List.of(w.root().id()));
        form.setObjective("All stations work in the new system");
        return form;
    }

    public Program program(World w, String playbookCode) {
        return setup.create(w.coordinator(), form(w, playbookCode)).program();
    }

    public Task task(Actor actor, Program program, String sourceKey) {
        long id = jdbc.sql("select id from program_task where program_id = ? and source_key = ? and repeat_scope = 'ONCE'")
                .params(program.id(), sourceKey).query(Long.class).single();
        return tasks.get(actor, program.id(), id);
    }

    public static LocalDate nextMonday(LocalDate d) {
        return d.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }
}
