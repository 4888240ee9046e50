package org.uptake.support.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.exporting.Downloads;
import org.uptake.shared.exporting.ExportFormat;
import org.uptake.support.ProblemFilter;
import org.uptake.support.ProblemRow;
import org.uptake.support.ProblemService;
import org.uptake.support.ProblemStatus;
import org.uptake.support.ProblemType;
import org.uptake.support.sla.ProblemSeverity;

/**
 * The problem list as CSV or XLSX, with the list's own filters and visibility (a unit head exports what
 * they see, no more). Labels in the reader's language, times in UTC; at most {@value #LIMIT} rows, newest
 * first, which the file says in its last line when it is cut.
 */
@Controller
class ProblemExportController {

    static final int LIMIT = 20_000;

    private final ProblemService problems;
    private final MessageSource messages;

    ProblemExportController(ProblemService problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/problems/export.{format}")
    void export(@PathVariable String format, @RequestParam(required = false) ProblemStatus status,
                @RequestParam(required = false) ProblemType type, @RequestParam(required = false) ProblemSeverity severity,
                @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long programId,
                @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "false") boolean mine,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
                HttpServletResponse response) {
        ExportFormat chosen = switch (format) {
            case "csv" -> ExportFormat.CSV;
            case "xlsx" -> ExportFormat.XLSX;
            default -> throw new NotFoundException("export format", format);
        };
        Actor actor = CurrentActor.get();
        var filter = new ProblemFilter(status, type, severity, unitId, programId, null, open, mine, overdue);
        List<ProblemRow> rows = problems.export(actor, filter, q, LIMIT + 1);
        Locale locale = LocaleContextHolder.getLocale();
        Instant now = Instant.now();
        List<List<?>> table = new ArrayList<>();
        for (ProblemRow r : rows.subList(0, Math.min(rows.size(), LIMIT))) {
            table.add(java.util.Arrays.asList(r.id(), r.title(), text("support.type." + r.type(), locale),
                    text("support.severity." + r.severity(), locale), text("support.status." + r.status(), locale),
                    r.unitName(), r.reporterName(), r.ownerName(), r.programName(), utc(r.createdAt()), utc(r.slaDueAt()),
                    r.breached(now) ? text("support.sla.breached", locale) : "", utc(r.resolvedAt())));
        }
        if (rows.size() > LIMIT) {
            table.add(List.of(text("support.export.cut", locale)));
        }
        List<String> header = List.of("ID", text("support.title.short", locale), text("support.type", locale),
                text("support.severity", locale), text("support.status", locale), text("support.unit", locale),
                text("support.reporter", locale), text("support.owner", locale), text("support.program", locale),
                text("support.export.created", locale), text("support.slaDue", locale) + " (UTC)",
                "SLA", text("support.export.resolved", locale));
        Downloads.send(response, chosen, "problems", header, table);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String utc(Instant at) {
        return at == null ? null : at.toString();
    }
}
