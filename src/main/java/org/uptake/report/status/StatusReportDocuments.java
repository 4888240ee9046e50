package org.uptake.report.status;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.uptake.shared.exporting.ExportFormat;
import org.uptake.shared.exporting.HtmlPdf;
import org.uptake.shared.exporting.SpreadsheetWriter;

/**
 * A stored report as PDF (the page's body template through {@link HtmlPdf}) and as XLSX (one sheet of
 * section, figure, value), labelled in the reader's language — the snapshot holds only figures.
 */
@Component
public class StatusReportDocuments {

    private final TemplateEngine templates;
    private final MessageSource messages;

    StatusReportDocuments(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public byte[] pdf(StatusReport report, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("r", report);
        context.setVariable("f", report.figures());
        context.setVariable("rule", RuleText.lines());
        return HtmlPdf.render(templates.process("report/status-pdf", context));
    }

    public String fileName(StatusReport report) {
        return "status-report-" + report.programId() + "-" + report.periodEnd();
    }

    public byte[] xlsx(StatusReport report, Locale locale) {
        var out = new ByteArrayOutputStream();
        write(report, locale, out);
        return out.toByteArray();
    }

    private void write(StatusReport report, Locale locale, OutputStream out) {
        try (SpreadsheetWriter w = SpreadsheetWriter.open(ExportFormat.XLSX, out, "Report")) {
            w.header(List.of(msg("report.xlsx.section", locale), msg("report.xlsx.figure", locale), msg("report.xlsx.value", locale)));
            rows(report, locale).forEach(w::row);
        }
    }

    private List<List<Object>> rows(StatusReport r, Locale l) {
        StatusFigures f = r.figures();
        List<List<Object>> rows = new ArrayList<>();
        String head = msg("report.section.summary", l);
        rows.add(row(head, msg("report.program", l), f.programName()));
        rows.add(row(head, msg("report.period", l), r.periodStart() + " – " + r.periodEnd()));
        rows.add(row(head, msg("report.rag.proposed", l), msg("report.rag." + r.proposedRag().name(), l)));
        rows.add(row(head, msg("report.rag.shown", l), msg("report.rag." + r.rag().name(), l)));
        if (r.overridden()) {
            rows.add(row(head, msg("report.override.comment", l), r.overrideComment()));
        }
        for (RagReason reason : f.reasons()) {
            rows.add(row(msg("report.section.reasons", l), msg("report.rag.input." + reason.input(), l),
                    messages.getMessage(reason.messageKey(), reason.args().toArray(), l)));
        }
        String plan = msg("report.section.plan", l);
        rows.add(row(plan, msg("report.plan.tasks", l), f.plan().tasks()));
        rows.add(row(plan, msg("report.plan.done", l), f.plan().done()));
        rows.add(row(plan, msg("report.plan.percent", l), f.plan().percentDone()));
        rows.add(row(plan, msg("report.plan.overdue", l), f.plan().overdue()));
        if (f.schedule().baselineName() != null) {
            rows.add(row(plan, msg("report.schedule.baseline", l), f.schedule().baselineName()));
            rows.add(row(plan, msg("report.schedule.finishSlip", l), f.schedule().finishSlip() == null ? "" : f.schedule().finishSlip()));
            rows.add(row(plan, msg("report.schedule.lateTasks", l), f.schedule().lateTasks()));
        }
        f.slippedMilestones().forEach(m -> rows.add(row(msg("report.section.milestones", l), m.title(), m.slipDays())));
        f.overdueCritical().forEach(t -> rows.add(row(msg("report.section.critical", l), t.title(), String.valueOf(t.deadline()))));
        String ready = msg("report.section.readiness", l);
        rows.add(row(ready, msg("report.readiness.units", l), f.readiness().units()));
        rows.add(row(ready, msg("report.readiness.ready", l), f.readiness().ready()));
        rows.add(row(ready, msg("report.readiness.live", l), f.readiness().live()));
        rows.add(row(ready, msg("report.readiness.score", l), f.readiness().averageScore()));
        String training = msg("report.section.training", l);
        rows.add(row(training, msg("report.training.people", l), f.training().people()));
        rows.add(row(training, msg("report.training.completed", l), f.training().completed()));
        rows.add(row(training, msg("report.training.percent", l), f.training().percent()));
        String problems = msg("report.section.problems", l);
        rows.add(row(problems, msg("report.problems.open", l), f.problems().open()));
        rows.add(row(problems, msg("report.problems.critical", l), f.problems().critical()));
        rows.add(row(problems, msg("report.problems.reported", l), f.problems().reportedInPeriod()));
        rows.add(row(problems, msg("report.problems.resolved", l), f.problems().resolvedInPeriod()));
        String kpis = msg("report.section.kpis", l);
        f.kpis().forEach(k -> rows.add(row(kpis, k.name() + " (" + k.unit() + ")", k.latest() == null ? "" : k.latest())));
        String adoption = msg("report.section.adoption", l);
        rows.add(row(adoption, msg("report.adoption.active", l), f.adoption().active()));
        rows.add(row(adoption, msg("report.adoption.scope", l), f.adoption().scope()));
        rows.add(row(adoption, msg("report.adoption.percent", l), f.adoption().percent()));
        rows.add(row(msg("report.section.benefits", l), msg("report.benefits.total", l), f.benefits().total()));
        f.decisions().forEach(d -> rows.add(row(msg("report.section.decisions", l), d.unit() + ", " + d.on(),
                msg("report.decision." + d.outcome(), l))));
        return rows;
    }

    /** A row that may hold empty cells (figures that do not exist yet, such as a percentage of nobody). */
    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
