package org.uptake.competency.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.uptake.shared.exporting.HtmlPdf;

/**
 * Renders a {@link Doc} as PDF (the HTML template {@code competency/document.html} through
 * {@link HtmlPdf}) or as DOCX (POI XWPF).
 */
@Component
public class DocumentRenderer {

    private final TemplateEngine templates;

    DocumentRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    public String html(Doc doc, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("doc", doc);
        return templates.process("competency/document", context);
    }

    public byte[] pdf(Doc doc, Locale locale) {
        return HtmlPdf.render(html(doc, locale));
    }

    public byte[] docx(Doc doc) {
        try (XWPFDocument d = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            XWPFParagraph title = d.createParagraph();
            title.setAlignment(ParagraphAlignment.LEFT);
            run(title, doc.title(), true, 16);
            if (doc.subtitle() != null) {
                run(d.createParagraph(), doc.subtitle(), false, 11);
            }
            for (Doc.Block block : doc.blocks()) {
                write(d, block);
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XWPFDocument d, Doc.Block block) {
        switch (block) {
            case Doc.Heading h -> run(d.createParagraph(), h.text(), true, 13);
            case Doc.Paragraph p -> lines(d.createParagraph(), p.text());
            case Doc.Bullets b -> b.items().forEach(item -> lines(d.createParagraph(), "• " + item));
            case Doc.Table t -> table(d, t);
        }
    }

    private static void table(XWPFDocument d, Doc.Table t) {
        XWPFTable table = d.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        fill(table.getRow(0).getTableCells(), t.headers(), true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1).getTableCells(), t.rows().get(r), false);
        }
        d.createParagraph();
    }

    private static void fill(List<XWPFTableCell> cells, List<String> values, boolean bold) {
        for (int c = 0; c < cells.size() && c < values.size(); c++) {
            XWPFTableCell cell = cells.get(c);
            XWPFParagraph p = cell.getParagraphs().getFirst();
            String[] lines = values.get(c) == null ? new String[]{""} : values.get(c).split("\n");
            for (int i = 0; i < lines.length; i++) {
                run(i == 0 ? p : cell.addParagraph(), lines[i], bold, 10);
            }
        }
    }

    private static void lines(XWPFParagraph p, String text) {
        String[] lines = text.split("\n");
        XWPFRun r = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setText(text == null ? "" : text);
    }
}
