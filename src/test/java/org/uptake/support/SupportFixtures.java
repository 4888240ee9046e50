package org.uptake.support;

import org.uptake.org.unit.Unit;
import org.uptake.program.Program;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.sla.ProblemSeverity;
import org.uptake.support.sla.SlaService;

/**
 * The problem log's test world: a P1 program over the network, a station in its scope with a head and an
 * employee, a second station with its own head (outside the first head's reach), and the coordinator.
 */
public final class SupportFixtures {

    private final Fixtures fixtures;
    private final ProgramFixtures programs;
    private final RolloutFixtures rollouts;

    public SupportFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.programs = new ProgramFixtures(fixtures);
        this.rollouts = new RolloutFixtures(fixtures);
    }

    public record Desk(ProgramFixtures.World world, Program program, Unit station, Actor employee, Actor head,
                       Unit otherStation, Actor otherHead) {

        public Actor coordinator() {
            return world.coordinator();
        }

        public Actor admin() {
            return world.admin();
        }
    }

    public Desk desk() {
        ProgramFixtures.World w = programs.world();
        Program program = programs.program(w, "P1");
        Unit station = w.station();
        Actor head = rollouts.head(w.admin(), station);
        Actor employee = fixtures.user(w.admin(), station.id(), Role.EMPLOYEE);
        Unit other = fixtures.unit(w.admin(), "Station 2", w.root().id());
        Actor otherHead = rollouts.head(w.admin(), other);
        return new Desk(w, program, station, employee, head, other, otherHead);
    }

    public static ProblemForm form(ProblemType type, String title) {
        var f = new ProblemForm();
        f.setType(type);
        f.setTitle(title);
        return f;
    }

    public Problem report(Actor actor, ProblemType type,
                                             ProblemSeverity severity, String title) {
        var f = form(type, title);
        f.setSeverity(severity);
        return problems().report(actor, f);
    }

    public ProblemService problems() {
        return fixtures.bean(ProblemService.class);
    }

    public ProblemWorkflow workflow() {
        return fixtures.bean(ProblemWorkflow.class);
    }

    public SlaService sla() {
        return fixtures.bean(SlaService.class);
    }

    public Problem reload(Actor actor, long id) {
        return problems().get(actor, id);
    }
}
