package org.uptake.process.spec;

import java.util.List;
import org.uptake.process.catalog.ProcessStatus;

/**
 * One process a position executes, with what job duties copy from its specification (seed 002
 * lines 363-385): process, functions, goals, results, indicators with their measurement methods.
 *
 * @param functions             what this position does in the process (the executor's functions), or
 *                              {@code null} when not written yet — the process's content is then the fallback
 * @param hasProvisionalExecutors whether some executor of the process is still a provisional role
 */
public record ExecutorSpecification(long processId, String code, String name, int level, String description,
                                    String content, long executorId, String functions, List<Goal> goals,
                                    List<String> results, List<Indicator> indicators, Long ownerPositionId,
                                    String ownerTitle, ProcessStatus status, Integer approvedRevision, int completeness,
                                    boolean hasProvisionalExecutors) {

    public record Goal(long id, String text, String client) {
    }

    public record Indicator(long id, String name, List<String> methods, long goalId, String goal) {
    }
}
