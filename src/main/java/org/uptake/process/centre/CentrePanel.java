package org.uptake.process.centre;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessPagePanel;
import org.uptake.shared.Actor;

/** The process page's list of the responsibility centres that serve it (or the warning that none does). */
@Component
class CentrePanel implements ProcessPagePanel {

    public record Data(Process process, List<CentreFunction> functions) {
    }

    private final CentreService centres;

    CentrePanel(CentreService centres) {
        this.centres = centres;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "process/centre-panel";
    }

    @Override
    public Object data(Actor actor, Process process) {
        return new Data(process, centres.functionsFor(actor, process.id()));
    }
}
