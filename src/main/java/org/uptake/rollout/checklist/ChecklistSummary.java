package org.uptake.rollout.checklist;

/** How far a wave unit's checklist is: complete items of all, per category. */
public record ChecklistSummary(long waveUnitId, int infrastructureDone, int infrastructureTotal, int accessDone, int accessTotal) {

    public int done() {
        return infrastructureDone + accessDone;
    }

    public int total() {
        return infrastructureTotal + accessTotal;
    }

    public int percent() {
        return total() == 0 ? 0 : done() * 100 / total();
    }
}
