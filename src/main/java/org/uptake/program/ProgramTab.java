package org.uptake.program;

/**
 * A tab of the program page, contributed by the module that owns its content (plan, waves,
 * training, problems, KPIs, reports…) as a bean, so no module edits the program page to add one
 * (docs/adr/0006). The page shows every tab whose {@link #visibleTo(ProgramAccess)} is true, in
 * {@link #order()}: overview 0, plan 10, Gantt 20, baselines 30, budget 40, risks 50, rollout 100,
 * training 200, engagement 300, support 400, measures 500, reports 600, procurement 650, governance 700.
 */
public interface ProgramTab {

    /** Stable key, also used to mark the active tab ({@code "plan"}). */
    String key();

    /** Message key of the tab's label. */
    String messageKey();

    int order();

    /** Where the tab leads for this program, e.g. {@code "/programs/" + programId + "/plan"}. */
    String path(long programId);

    /** Whether the actor sees the tab; by default everyone who reads the program. */
    default boolean visibleTo(ProgramAccess access) {
        return access.reads();
    }
}
