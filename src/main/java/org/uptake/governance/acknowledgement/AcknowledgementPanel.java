package org.uptake.governance.acknowledgement;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;

/** "Documents to acknowledge" on the home page of everyone who has some waiting. */
@Component
class AcknowledgementPanel implements HomePanel {

    private static final int SHOWN = 10;

    private final AcknowledgementService acknowledgements;

    AcknowledgementPanel(AcknowledgementService acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String template() {
        return "governance/acknowledge-panel";
    }

    @Override
    public Object data(Actor actor) {
        List<PendingAcknowledgement> pending = acknowledgements.pending(actor, SHOWN);
        return pending.isEmpty() ? null : pending;
    }
}
