package org.uptake.report.dashboard;

import java.util.List;
import java.util.Map;
import org.uptake.report.status.Rag;
import org.uptake.report.status.StatusFigures;
import org.uptake.report.status.StatusReport;

/**
 * A program's figures now, as a status report would store them, plus the series its charts draw: each KPI
 * against plan (the first {@value DashboardService#MAX_KPI_CHARTS}), problems reported and resolved per
 * week, the adoption curve. {@code latest} is the newest stored report, or null.
 */
public record ProgramDashboard(StatusFigures figures, Rag rag, List<KpiChartData> kpiCharts, Map<String, Object> problemChart,
                               Map<String, Object> adoptionChart, StatusReport latest) {

    public record KpiChartData(long kpiId, String code, String name, Map<String, Object> chart) {
    }
}
