package org.uptake.process.concept;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A few building blocks for a plain Word document: headings, paragraphs, bullets and tables. */
final class DocxWriter implements DocumentWriter {

    private final XWPFDocument document = new XWPFDocument();

    @Override
    public DocxWriter title(String text) {
        run(document.createParagraph(), text, 20, true);
        return this;
    }

    @Override
    public DocxWriter heading(String text, int level) {
        XWPFParagraph p = document.createParagraph();
        p.setSpacingBefore(level == 1 ? 360 : 200);
        run(p, text, level == 1 ? 15 : 12, true);
        return this;
    }

    @Override
    public DocxWriter paragraph(String text) {
        if (text != null && !text.isBlank()) {
            for (String line : text.split("\\R")) {
                run(document.createParagraph(), line, 11, false);
            }
        }
        return this;
    }

    @Override
    public DocxWriter labelled(String label, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        XWPFParagraph p = document.createParagraph();
        run(p, label + ": ", 11, true);
        run(p, text, 11, false);
        return this;
    }

    @Override
    public DocxWriter bullet(String text, int depth) {
        XWPFParagraph p = document.createParagraph();
        p.setIndentationLeft(360 * depth);
        run(p, "• " + text, 11, false);
        return this;
    }

    @Override
    public DocxWriter table(List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        fill(table.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
        document.createParagraph();
        return this;
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().getFirst();
            run(p, cells.get(c) == null ? "" : cells.get(c), 10, bold);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
    }

    @Override
    public byte[] bytes() {
        try (var out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
