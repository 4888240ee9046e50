package org.uptake.process.publication;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOff;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessPagePanel;
import org.uptake.shared.Actor;

/** The approval panel of a process's page: where the specification stands, the decisions the actor may take, the revisions. */
@Component
class PublicationPanel implements ProcessPagePanel {

    /** What the panel shows. */
    public record Data(Process process, boolean mayEdit, boolean mayApproveDirectly, SignOff signOff,
                       List<SpecificationRevision> revisions) {
    }

    private final PublicationService publication;

    PublicationPanel(PublicationService publication) {
        this.publication = publication;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "process/publication";
    }

    @Override
    public Object data(Actor actor, Process process) {
        return new Data(process, publication.mayEdit(actor, process), publication.mayApproveDirectly(actor),
                publication.latestSignOff(actor, process.id()).orElse(null), publication.revisions(actor, process.id()));
    }
}
