package org.uptake.process.spec;

/** A process indicator as other modules name it: a KPI that measures it points here (see {@link ProcessIndicator}). */
public record IndicatorRef(long id, String name, long processId, String processCode, String processName) {

    /** "1.2 Sales — Customer satisfaction", as choosers show it. */
    public String label() {
        return (processCode == null ? "" : processCode + " ") + processName + " — " + name;
    }
}
