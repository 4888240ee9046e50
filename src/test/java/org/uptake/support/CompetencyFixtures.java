package org.uptake.support;

import java.util.List;
import org.uptake.org.person.Person;
import org.uptake.org.position.Position;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessForm;
import org.uptake.process.publication.PublicationForm;
import org.uptake.process.publication.PublicationService;
import org.uptake.process.spec.ProcessClient;
import org.uptake.process.spec.SpecificationForms;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * The seed's worked example (seed 002 lines 244-340) built through the real services: the process
 * "Receiving a car from a client" executed by the service adviser and owned by the head of the car
 * service, specified in the seed's order; plus the people holding both positions.
 */
public final class CompetencyFixtures {

    public static final String RECEIVING = "Receiving a car from a client";
    public static final String FUNCTIONS = "Listens to the client, determines the work needed, draws up the work order "
            + "and agrees the work, price and deadline with the client; inspects the car and hands over a receipt.";

    private final Fixtures fixtures;
    public final ProcessFixtures processes;

    public CompetencyFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.processes = new ProcessFixtures(fixtures);
    }

    /** Everything one test needs about the worked example. */
    public record CarService(Actor admin, Position adviser, Position head, Process receiving, Person headPerson,
                             Actor headActor, Person adviserPerson, Actor adviserActor) {
    }

    public CarService carService() {
        Actor admin = fixtures.newOrganization();
        Position adviser = fixtures.position(admin, "Service adviser");
        Position head = fixtures.position(admin, "Head of the car service");
        Process receiving = receiving(admin, adviser, head, RECEIVING);
        Actor headActor = processes.holder(admin, head, Role.EMPLOYEE);
        Actor adviserActor = processes.holder(admin, adviser, Role.EMPLOYEE);
        Person headPerson = fixtures.bean(org.uptake.org.person.PersonService.class).get(admin, headActor.personId());
        Person adviserPerson = fixtures.bean(org.uptake.org.person.PersonService.class).get(admin, adviserActor.personId());
        return new CarService(admin, adviser, head, receiving, headPerson, headActor, adviserPerson, adviserActor);
    }

    /** The process specified in the seed's order: clients, goals, results, indicators, resources, executor, owner. */
    public Process receiving(Actor admin, Position adviser, Position head, String name) {
        Process p = processes.process(admin, name, null);
        var form = ProcessForm.of(p);
        form.setOwnerPositionId(head.id());
        form.setDescription("The service adviser listens to the client, determines the work needed and draws up the work order. "
                + "Then the adviser inspects the car with the client and hands over a receipt.");
        processes.processes.update(admin, p.id(), form);
        long owner = processes.client(admin, p.id(), "Car owner");
        long mechanic = client(admin, p.id(), "Mechanic", ProcessClient.Kind.INTERNAL);
        long confident = processes.goal(admin, p.id(), owner, "The client is confident the problem is understood and will be solved");
        long exact = processes.goal(admin, p.id(), mechanic, "The work to do reaches the mechanic exactly and without errors");
        processes.result(admin, p.id(), "Work order");
        processes.result(admin, p.id(), "Defect card");
        processes.result(admin, p.id(), "Receipt for the car");
        processes.indicator(admin, p.id(), confident, "Client satisfaction with the service",
                "Phone survey of clients", "Number of complaints", "Number of thank-yous");
        processes.indicator(admin, p.id(), exact, "Foreman's satisfaction with the work order", "Rating against criteria");
        processes.resource(admin, p.id(), "Client booking", "Dispatcher", null);
        var ex = new SpecificationForms.Executor();
        ex.setPositionId(adviser.id());
        ex.setFunctions(FUNCTIONS);
        processes.edits.addExecutor(admin, p.id(), ex);
        return processes.processes.get(admin, p.id());
    }

    private long client(Actor admin, long processId, String name, ProcessClient.Kind kind) {
        var f = new SpecificationForms.Client();
        f.setName(name);
        f.setKind(kind);
        return processes.edits.addClient(admin, processId, f);
    }

    public void approveSpecification(Actor admin, long processId) {
        var form = new PublicationForm();
        form.setSpecVersion(processes.processes.get(admin, processId).specVersion());
        fixtures.bean(PublicationService.class).approve(admin, processId, form);
    }

    public List<Long> ids(Person... people) {
        return java.util.Arrays.stream(people).map(Person::id).toList();
    }
}
