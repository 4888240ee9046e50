package org.uptake.process.document;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessPagePanel;
import org.uptake.shared.Actor;

/** The process page's list of its regulation and executor instructions. */
@Component
class DocumentPanel implements ProcessPagePanel {

    public record Data(Process process, List<ProcessDocument> documents, boolean mayEdit, boolean regulationApproved) {
    }

    private final DocumentService documents;
    private final org.uptake.process.catalog.ProcessService processes;

    DocumentPanel(DocumentService documents, org.uptake.process.catalog.ProcessService processes) {
        this.documents = documents;
        this.processes = processes;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "process/documents";
    }

    @Override
    public Object data(Actor actor, Process process) {
        List<ProcessDocument> list = documents.forProcess(actor, process.id());
        boolean approved = list.stream().anyMatch(d -> d.kind() == ProcessDocument.Kind.REGULATION && d.approvedRevision() != null);
        return new Data(process, list, processes.mayEdit(actor, process), approved);
    }
}
