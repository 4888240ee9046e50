package org.uptake.procurement.selection;

/**
 * A vendor on a selection's list: key advantages (seed 002: "record the key advantages of each
 * system"), whether it is shortlisted, the trial, the estimate, and its bid as cost components in
 * minor units of the selection's currency. The bid compared for the price score is their sum.
 */
public record Vendor(long id, long selectionId, String name, String product, String keyAdvantages, boolean shortlisted,
                     boolean trialAvailable, String trialNotes, String estimate, Costs costs, int version) {

    /** Seats, features, upgrades, training, hiring, integration, migration: the cost of seed 002's budget question. */
    public record Costs(long seats, long features, long upgrades, long training, long hiring, long integration,
                        long migration) {

        public static final Costs NONE = new Costs(0, 0, 0, 0, 0, 0, 0);

        public long total() {
            return seats + features + upgrades + training + hiring + integration + migration;
        }
    }

    public long bid() {
        return costs.total();
    }
}
