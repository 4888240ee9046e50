package org.uptake.governance.markup;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.uptake.shared.exporting.HtmlDocx;
import org.uptake.shared.exporting.HtmlPdf;

/**
 * Renders a filled template (the XHTML subset of {@link TemplateMarkup}) to PDF through
 * the shared {@link HtmlPdf} printer and to DOCX through POI ({@link HtmlDocx}). Both read the
 * same filled body, so the two files never say different things (bold prints in the regular face
 * in the PDF, see {@link HtmlPdf}; the DOCX keeps it bold).
 */
@Component
public class MarkupRenderer {

    /** The family is {@link HtmlPdf#FAMILY}, the one face the shared printer embeds. */
    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 20mm 25mm; }
            body { font-family: 'Doc Sans'; font-size: 11pt; line-height: 1.35; }
            h1 { font-size: 15pt; margin: 0 0 8pt 0; } h2 { font-size: 13pt; margin: 12pt 0 6pt 0; }
            h3 { font-size: 11.5pt; margin: 10pt 0 4pt 0; } p { margin: 0 0 6pt 0; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
            th, td { border: 0.5pt solid #444; padding: 3pt 4pt; vertical-align: top; text-align: left; }
            th { background: #eee; } .center { text-align: center; } .right { text-align: right; }
            .small { font-size: 9pt; } .signature { margin-top: 18pt; }
            """;

    /** A whole XHTML page around a filled body, also what the browser preview shows. */
    public String page(String title, String filledBody) {
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>"
                + HtmlUtils.htmlEscape(title == null ? "" : title) + "</title><style>" + STYLE + "</style></head><body>"
                + filledBody + "</body></html>";
    }

    public byte[] pdf(String title, String filledBody) {
        return HtmlPdf.render(page(title, filledBody));
    }

    public byte[] docx(String filledBody) {
        return HtmlDocx.write(TemplateMarkup.parse(filledBody));
    }
}
