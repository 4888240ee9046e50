package org.uptake.process.demo;

import java.util.List;
import org.uptake.org.position.PositionService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessForm;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.spec.ProcessClient;
import org.uptake.process.spec.ProcessResource;
import org.uptake.process.spec.ProcessSupplier;
import org.uptake.process.spec.SpecificationEditService;
import org.uptake.process.spec.SpecificationForms;
import org.uptake.shared.Actor;

/** Short-hands for writing demo specifications through the real services. */
final class DemoSpecs {

    private final Actor actor;
    private final ProcessService processes;
    private final SpecificationEditService edits;
    private final PositionService positions;

    DemoSpecs(Actor actor, ProcessService processes, SpecificationEditService edits, PositionService positions) {
        this.actor = actor;
        this.processes = processes;
        this.edits = edits;
        this.positions = positions;
    }

    long position(String code) {
        return positions.findByCode(actor, code).orElseThrow().id();
    }

    Process process(String code, String name, Process parent, String owner, String description, String content, String benefit) {
        var f = new ProcessForm();
        f.setCode(code);
        f.setName(name);
        f.setParentId(parent == null ? null : parent.id());
        f.setOwnerPositionId(owner == null ? null : position(owner));
        f.setDescription(description);
        f.setContent(content);
        f.setBenefit(benefit);
        return processes.create(actor, f);
    }

    Process flag(Process p, boolean repeats, boolean systemForming) {
        var f = ProcessForm.of(processes.get(actor, p.id()));
        f.setRepeatsRegularly(repeats);
        f.setSystemForming(systemForming);
        return processes.update(actor, p.id(), f);
    }

    long client(Process p, String name, ProcessClient.Kind kind, String needs) {
        var f = new SpecificationForms.Client();
        f.setName(name);
        f.setKind(kind);
        f.setNeeds(needs);
        return edits.addClient(actor, p.id(), f);
    }

    long goal(Process p, long client, String text) {
        var f = new SpecificationForms.Goal();
        f.setClientId(client);
        f.setText(text);
        return edits.addGoal(actor, p.id(), f);
    }

    long result(Process p, String text) {
        var f = new SpecificationForms.Result();
        f.setText(text);
        return edits.addResult(actor, p.id(), f);
    }

    void indicator(Process p, long goal, String name, String... methods) {
        var f = new SpecificationForms.Indicator();
        f.setGoalId(goal);
        f.setName(name);
        f.setMethods(List.of(methods));
        edits.addIndicator(actor, p.id(), f);
    }

    void resource(Process p, String name, ProcessResource.Kind kind, String supplier, ProcessSupplier.Kind supplierKind,
                  Long sourceResult) {
        var f = new SpecificationForms.Resource();
        f.setName(name);
        f.setKind(kind);
        f.setNewSupplierName(supplier);
        f.setNewSupplierKind(supplierKind);
        f.setSourceResultId(sourceResult);
        edits.addResource(actor, p.id(), f);
    }

    void executor(Process p, String positionCode, String functions) {
        var f = new SpecificationForms.Executor();
        f.setPositionId(position(positionCode));
        f.setFunctions(functions);
        edits.addExecutor(actor, p.id(), f);
    }

    void provisional(Process p, String role, String functions) {
        var f = new SpecificationForms.Executor();
        f.setProvisionalRole(role);
        f.setFunctions(functions);
        edits.addExecutor(actor, p.id(), f);
    }

    /** A client with one goal, a result and an indicator of that goal: a specification in the seed's order, briefly. */
    long basics(Process p, String client, ProcessClient.Kind kind, String goal, String result, String indicator, String method) {
        long c = client(p, client, kind, null);
        long g = goal(p, c, goal);
        long r = result(p, result);
        indicator(p, g, indicator, method);
        return r;
    }
}
