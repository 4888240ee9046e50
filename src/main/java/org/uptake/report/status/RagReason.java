package org.uptake.report.status;

import java.util.List;

/**
 * One input of the health rule that is not green: which input ({@code report.rag.input.<input>}), the
 * level it proposes and the figures the sentence needs ({@code report.rag.reason.<input>.<level>}).
 */
public record RagReason(String input, Rag level, List<Object> args) {

    public RagReason {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public String messageKey() {
        return "report.rag.reason." + input + "." + level.name();
    }
}
