package org.uptake.process.concept;

import java.util.List;
import org.springframework.web.util.HtmlUtils;
import org.uptake.shared.exporting.HtmlPdf;

/**
 * The same building blocks as {@link DocxWriter}, collected as XHTML and printed as PDF
 * ({@link HtmlPdf}: the font is embedded, so Cyrillic prints without fonts on the machine).
 */
final class PdfWriter implements DocumentWriter {

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 15mm; }
            body { font-family: 'Doc Sans', sans-serif; font-size: 10pt; color: #111; }
            h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 6mm; } h3 { font-size: 11pt; margin-top: 4mm; }
            p { margin: 0 0 1.5mm 0; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 3mm; }
            th, td { border: 0.5pt solid #888; padding: 1.5mm; vertical-align: top; text-align: left; word-wrap: break-word; }
            th { background: #eee; }
            """;

    private final StringBuilder body = new StringBuilder();
    private String title = "";

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    @Override
    public PdfWriter title(String text) {
        title = text;
        body.append("<h1>").append(esc(text)).append("</h1>");
        return this;
    }

    @Override
    public PdfWriter heading(String text, int level) {
        String tag = level == 1 ? "h2" : "h3";
        body.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append('>');
        return this;
    }

    @Override
    public PdfWriter paragraph(String text) {
        if (text != null && !text.isBlank()) {
            for (String line : text.split("\\R")) {
                body.append("<p>").append(esc(line)).append("</p>");
            }
        }
        return this;
    }

    @Override
    public PdfWriter labelled(String label, String text) {
        if (text != null && !text.isBlank()) {
            body.append("<p><b>").append(esc(label)).append(":</b> ").append(esc(text)).append("</p>");
        }
        return this;
    }

    @Override
    public PdfWriter bullet(String text, int depth) {
        body.append("<p style=\"margin-left: ").append(6 * depth).append("mm\">• ").append(esc(text)).append("</p>");
        return this;
    }

    @Override
    public PdfWriter table(List<String> header, List<List<String>> rows) {
        body.append("<table><thead><tr>");
        header.forEach(h -> body.append("<th>").append(esc(h)).append("</th>"));
        body.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(c -> body.append("<td>").append(esc(c)).append("</td>"));
            body.append("</tr>");
        }
        body.append("</tbody></table>");
        return this;
    }

    @Override
    public byte[] bytes() {
        return HtmlPdf.render("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>" + esc(title) + "</title><style>"
                + STYLE + "</style></head><body>" + body + "</body></html>");
    }

    @Override
    public void close() {
        // nothing held open: the text is rendered in bytes()
    }
}
