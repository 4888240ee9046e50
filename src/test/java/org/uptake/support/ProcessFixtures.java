package org.uptake.support;

import java.util.List;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonService;
import org.uptake.org.position.Position;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessForm;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.spec.ProcessClient;
import org.uptake.process.spec.Specification;
import org.uptake.process.spec.SpecificationEditService;
import org.uptake.process.spec.SpecificationForms;
import org.uptake.process.spec.SpecificationService;
import org.uptake.shared.Actor;

/** Builds processes and their specifications through the real services, on top of {@link Fixtures}. */
public final class ProcessFixtures {

    public static final String DESCRIPTION = "The service adviser listens to the client and draws up the work order. "
            + "Then the adviser inspects the car and hands the client a receipt.";

    private final Fixtures fixtures;
    public final ProcessService processes;
    public final SpecificationService specs;
    public final SpecificationEditService edits;

    public ProcessFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.processes = fixtures.bean(ProcessService.class);
        this.specs = fixtures.bean(SpecificationService.class);
        this.edits = fixtures.bean(SpecificationEditService.class);
    }

    public Process process(Actor actor, String name, Long parentId) {
        var form = new ProcessForm();
        form.setName(name);
        form.setParentId(parentId);
        return processes.create(actor, form);
    }

    /** A process owned by the position, with a 2-sentence description. */
    public Process owned(Actor actor, String name, Long parentId, Position owner) {
        Process p = process(actor, name, parentId);
        var form = ProcessForm.of(p);
        form.setOwnerPositionId(owner.id());
        form.setDescription(DESCRIPTION);
        return processes.update(actor, p.id(), form);
    }

    public Specification spec(Actor actor, long processId) {
        return specs.get(actor, processId);
    }

    public long client(Actor actor, long processId, String name) {
        var f = new SpecificationForms.Client();
        f.setName(name);
        f.setKind(ProcessClient.Kind.EXTERNAL);
        return edits.addClient(actor, processId, f);
    }

    public long goal(Actor actor, long processId, long clientId, String text) {
        var f = new SpecificationForms.Goal();
        f.setClientId(clientId);
        f.setText(text);
        return edits.addGoal(actor, processId, f);
    }

    public long result(Actor actor, long processId, String text) {
        var f = new SpecificationForms.Result();
        f.setText(text);
        return edits.addResult(actor, processId, f);
    }

    public long indicator(Actor actor, long processId, long goalId, String name, String... methods) {
        var f = new SpecificationForms.Indicator();
        f.setGoalId(goalId);
        f.setName(name);
        f.setMethods(List.of(methods));
        return edits.addIndicator(actor, processId, f);
    }

    public long executor(Actor actor, long processId, Position position) {
        var f = new SpecificationForms.Executor();
        f.setPositionId(position.id());
        return edits.addExecutor(actor, processId, f);
    }

    public long provisionalExecutor(Actor actor, long processId, String role) {
        var f = new SpecificationForms.Executor();
        f.setProvisionalRole(role);
        return edits.addExecutor(actor, processId, f);
    }

    public long resource(Actor actor, long processId, String name, String newSupplier, Long sourceResultId) {
        var f = new SpecificationForms.Resource();
        f.setName(name);
        f.setNewSupplierName(newSupplier);
        f.setSourceResultId(sourceResultId);
        return edits.addResource(actor, processId, f);
    }

    /** A client, a goal for it, a result and an indicator: the seed's order in four steps. */
    public long measured(Actor actor, long processId) {
        long client = client(actor, processId, "Car owner");
        long goal = goal(actor, processId, client, "The client is confident the problem is understood");
        result(actor, processId, "Work order");
        return indicator(actor, processId, goal, "Client satisfaction", "Phone survey");
    }

    /** A person holding the position, with an account of the given roles. */
    public Actor holder(Actor admin, Position position, org.uptake.shared.Role... roles) {
        PersonForm form = Fixtures.personForm("Holder " + Fixtures.next(), null, position.id());
        var person = fixtures.bean(PersonService.class).create(admin, form);
        return fixtures.account(admin.organizationId(), person.id(), "holder-" + Fixtures.next(), roles);
    }
}
