package org.uptake.report.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.uptake.measure.Kpi;
import org.uptake.measure.KpiService;
import org.uptake.measure.adoption.AdoptionFigures;
import org.uptake.measure.adoption.AdoptionService;
import org.uptake.measure.web.KpiChart;
import org.uptake.program.ProgramRow;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.report.status.Rag;
import org.uptake.report.status.RagReason;
import org.uptake.report.status.StatusFigureReader;
import org.uptake.report.status.StatusFigures;
import org.uptake.report.status.StatusReport;
import org.uptake.report.status.StatusReportService;
import org.uptake.shared.Actor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import org.uptake.support.trend.TrendService;
import org.uptake.support.trend.Trends;

/**
 * The program dashboard (live figures and charts for readers of the program) and the portfolio (every
 * program the actor may read, with its newest report): two queries for a portfolio page, whatever its size.
 */
@Service
public class DashboardService {

    static final int MAX_KPI_CHARTS = 6;
    static final int TREND_WEEKS = 12;
    static final int ADOPTION_DAYS = 60;

    private final ProgramService programs;
    private final StatusFigureReader figures;
    private final StatusReportService reports;
    private final KpiService kpis;
    private final TrendService trends;
    private final AdoptionService adoption;
    private final MessageSource messages;

    DashboardService(ProgramService programs, StatusFigureReader figures, StatusReportService reports, KpiService kpis,
                     TrendService trends, AdoptionService adoption, MessageSource messages) {
        this.programs = programs;
        this.figures = figures;
        this.reports = reports;
        this.kpis = kpis;
        this.trends = trends;
        this.adoption = adoption;
        this.messages = messages;
    }

    public ProgramDashboard program(Actor actor, long programId, Locale locale) {
        programs.requireReader(actor, programId);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        StatusFigures f = figures.read(actor, programId, today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)), today);
        Rag rag = f.reasons().stream().map(RagReason::level).reduce(Rag.GREEN, Rag::worst);
        List<ProgramDashboard.KpiChartData> charts = new ArrayList<>();
        for (Kpi k : kpis.list(actor, programId, PageRequest.first(MAX_KPI_CHARTS)).items()) {
            charts.add(new ProgramDashboard.KpiChartData(k.id(), k.code(), k.name(), KpiChart.of(k, kpis.values(actor, k.id()))));
        }
        StatusReport latest = reports.list(actor, programId, PageRequest.first(1)).items().stream().findFirst().orElse(null);
        return new ProgramDashboard(f, rag, charts, problemChart(trends.trends(actor, programId, TREND_WEEKS), locale),
                adoptionChart(adoption.figures(actor, programId, ADOPTION_DAYS), locale), latest);
    }

    private Map<String, Object> problemChart(Trends t, Locale locale) {
        var chart = new LinkedHashMap<String, Object>();
        chart.put("x", t.weeks().stream().map(LocalDate::toString).toList());
        chart.put("series", List.of(
                Map.of("name", messages.getMessage("report.dashboard.reported", null, locale), "data", t.reported()),
                Map.of("name", messages.getMessage("report.dashboard.resolved", null, locale), "data", t.resolved(), "dashed", true)));
        return chart;
    }

    private Map<String, Object> adoptionChart(AdoptionFigures f, Locale locale) {
        var chart = new LinkedHashMap<String, Object>();
        chart.put("x", f.days().stream().map(d -> d.day().toString()).toList());
        chart.put("unit", "%");
        chart.put("min", 0);
        chart.put("max", 100);
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(Map.of("name", messages.getMessage("report.dashboard.adoptionPercent", null, locale),
                "data", f.days().stream().map(AdoptionFigures.Day::percent).toList(), "area", true));
        f.waveCurves().forEach(w -> series.add(Map.of("name", w.name(), "data", w.percent(), "dashed", true)));
        chart.put("series", series);
        return chart;
    }

    /** One page of the programs the actor may read (by name), each with its newest report. */
    public Slice<PortfolioRow> portfolio(Actor actor, ProgramStatus status, PageRequest request) {
        Slice<ProgramRow> page = programs.list(actor, status, request);
        Map<Long, StatusReport> latest = reports.latest(actor, page.items().stream().map(ProgramRow::id).toList());
        return page.map(p -> new PortfolioRow(p, latest.get(p.id())));
    }
}
