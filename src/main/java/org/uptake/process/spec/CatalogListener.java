package org.uptake.process.spec;

import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessEvents;
import org.uptake.process.catalog.ProcessService;
import org.uptake.shared.Actor;

/**
 * Keeps the stored completeness figures right when the catalog changes a process (its fields, its
 * place in the tree) and announces the change to the specification's followers.
 */
@Component
class CatalogListener {

    private final ProcessService processes;
    private final SpecificationRepository specs;
    private final SpecificationEditService edits;
    private final ApplicationEventPublisher events;

    CatalogListener(ProcessService processes, SpecificationRepository specs, SpecificationEditService edits,
                    ApplicationEventPublisher events) {
        this.processes = processes;
        this.specs = specs;
        this.edits = edits;
        this.events = events;
    }

    @EventListener
    void on(ProcessEvents.Edited e) {
        Actor system = Actor.system(e.organizationId());
        Process process = processes.get(system, e.processId());
        if (e.specificationChanged()) {
            edits.changed(e.organizationId(), process, "fields", specs.executorPositions(process.id()));
        } else {
            edits.refreshSummary(process, false);
        }
        e.related().forEach(id -> processes.nameOf(system, id)
                .ifPresent(n -> edits.refreshSummary(processes.get(system, id), false)));
    }

    @EventListener
    void on(ProcessEvents.Deleting e) {
        Process process = processes.get(Actor.system(e.organizationId()), e.processId());
        events.publishEvent(new SpecificationChanged(e.organizationId(), process.id(), process.name(),
                SpecificationChanged.Change.REMOVED, "process", specs.executorPositions(process.id()), Set.of(), Instant.now()));
    }

    @EventListener
    void on(ProcessEvents.Deleted e) {
        if (e.parentId() != null) {
            Actor system = Actor.system(e.organizationId());
            edits.refreshSummary(processes.get(system, e.parentId()), false);
        }
    }
}
