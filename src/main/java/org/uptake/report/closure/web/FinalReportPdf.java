package org.uptake.report.closure.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.uptake.report.closure.FinalReportView;
import org.uptake.shared.exporting.HtmlPdf;

/** Prints the final report: the same body as the page, in the print template, through the shared {@link HtmlPdf}. */
@Component
class FinalReportPdf {

    private final TemplateEngine templates;

    FinalReportPdf(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(FinalReportView view, Locale locale, ZoneId zone) {
        Context context = new Context(locale);
        context.setVariable("signedOn", view.report().signedAt() == null ? null : LocalDate.ofInstant(view.report().signedAt(), zone));
        context.setVariable("view", view);
        context.setVariable("c", view.content());
        return HtmlPdf.render(templates.process("report/closure/final-report-print", context));
    }
}
