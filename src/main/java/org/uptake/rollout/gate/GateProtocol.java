package org.uptake.rollout.gate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.uptake.shared.Actor;
import org.uptake.shared.exporting.HtmlPdf;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gate protocol of a decision as a PDF: the unit, wave, outcome, who decided when, the note, the
 * conditions, and every criterion as it stood (the decision's snapshot) — rendered from the HTML template
 * {@code rollout/protocol.html} through {@link HtmlPdf}.
 */
@Component
public class GateProtocol {

    private final GateService gates;
    private final TemplateEngine templates;
    private final JsonMapper json;

    GateProtocol(GateService gates, TemplateEngine templates, JsonMapper json) {
        this.gates = gates;
        this.templates = templates;
        this.json = json;
    }

    public record Snapshot(String unit, String wave, int score, boolean ready, List<Map<String, Object>> criteria) {
    }

    /** The protocol of one decision; readers of the program and the unit's head may print it. */
    public byte[] pdf(Actor actor, long programId, long decisionId) {
        GateDecision decision = gates.decision(actor, programId, decisionId);
        Snapshot snapshot = json.readValue(decision.snapshot(), new TypeReference<Snapshot>() { });
        Context context = new Context(Locale.forLanguageTag(actor.language() == null ? "en" : actor.language()));
        context.setVariable("d", decision);
        context.setVariable("s", snapshot);
        return HtmlPdf.render(templates.process("rollout/protocol", context));
    }
}
