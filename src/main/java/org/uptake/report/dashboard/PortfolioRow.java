package org.uptake.report.dashboard;

import org.uptake.program.ProgramRow;
import org.uptake.report.status.StatusFigures;
import org.uptake.report.status.StatusReport;

/** A program in the portfolio: its live plan progress and, from its newest status report, health and the other figures. */
public record PortfolioRow(ProgramRow program, StatusReport latest) {

    public boolean reported() {
        return latest != null;
    }

    public String rag() {
        return latest == null ? "NONE" : latest.rag().name();
    }

    public StatusFigures figures() {
        return latest == null ? null : latest.figures();
    }
}
