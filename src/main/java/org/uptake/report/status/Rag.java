package org.uptake.report.status;

/** A program's health in a status report: green, amber or red (ordered from best to worst). */
public enum Rag {
    GREEN, AMBER, RED;

    public Rag worst(Rag other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
