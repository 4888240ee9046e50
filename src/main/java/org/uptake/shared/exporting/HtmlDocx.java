package org.uptake.shared.exporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes a small XHTML subset as DOCX: headings, paragraphs with bold / italic / underline and
 * line breaks, lists as indented paragraphs with a bullet or number, and tables (header cells in
 * bold). Alignment comes from the {@code center} / {@code right} classes. Governance's document
 * templates (ADR 0012) and procurement's requirements document print through it, so each kind of
 * document has one body for its PDF and its DOCX.
 */
public final class HtmlDocx {

    private HtmlDocx() {
    }

    /**
     * Writes a body the application produced itself (escaped text in the subset's elements); a body
     * that is not well-formed is a programming error, not user input.
     */
    public static byte[] write(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return write(builder.parse(new InputSource(new StringReader("<doc>" + body + "</doc>"))).getDocumentElement());
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Not a well-formed XHTML body", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the children of {@code root} (an already parsed and checked body). */
    public static byte[] write(Element root) {
        try (XWPFDocument d = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            for (Element e : children(root)) {
                block(d, e);
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(XWPFDocument d, Element e) {
        switch (e.getTagName()) {
            case "h1" -> inline(paragraph(d, e), e, new Style(true, false, false, 15));
            case "h2" -> inline(paragraph(d, e), e, new Style(true, false, false, 13));
            case "h3" -> inline(paragraph(d, e), e, new Style(true, false, false, 11));
            case "ul", "ol" -> list(d, e);
            case "table" -> table(d, e);
            default -> inline(paragraph(d, e), e, new Style(false, false, false, 11));
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument d, Element e) {
        XWPFParagraph p = d.createParagraph();
        align(p, e);
        return p;
    }

    private static void align(XWPFParagraph p, Element e) {
        String c = " " + e.getAttribute("class") + " ";
        if (c.contains(" center ")) {
            p.setAlignment(ParagraphAlignment.CENTER);
        } else if (c.contains(" right ")) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    private static void list(XWPFDocument d, Element list) {
        int n = 0;
        for (Element li : children(list)) {
            XWPFParagraph p = paragraph(d, li);
            p.setIndentationLeft(360);
            n++;
            XWPFRun marker = p.createRun();
            marker.setFontSize(11);
            marker.setText(list.getTagName().equals("ol") ? n + ". " : "• ");
            inline(p, li, new Style(false, false, false, 11));
        }
    }

    private static void table(XWPFDocument d, Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : children(table)) {
            if (child.getTagName().equals("tr")) {
                rows.add(child);
            } else {
                rows.addAll(children(child));
            }
        }
        int columns = rows.stream().mapToInt(r -> children(r).size()).max().orElse(0);
        if (rows.isEmpty() || columns == 0) {
            return;
        }
        XWPFTable t = d.createTable(rows.size(), columns);
        t.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            List<Element> cells = children(rows.get(r));
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                Element source = cells.get(c);
                inline(cell.getParagraphs().getFirst(), source, new Style(source.getTagName().equals("th"), false, false, 10));
            }
        }
        d.createParagraph();
    }

    private record Style(boolean bold, boolean italic, boolean underline, int size) {
        Style with(String tag) {
            return switch (tag) {
                case "strong", "b" -> new Style(true, italic, underline, size);
                case "em", "i" -> new Style(bold, true, underline, size);
                case "u" -> new Style(bold, italic, true, size);
                default -> this;
            };
        }
    }

    private static void inline(XWPFParagraph p, Element e, Style style) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && child.getTagName().equals("br")) {
                p.createRun().addBreak();
            } else if (n instanceof Element child) {
                inline(p, child, style.with(child.getTagName()));
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = n.getNodeValue().replaceAll("\\s+", " ");
                if (!text.isBlank() || p.getRuns().size() > 0) {
                    XWPFRun r = p.createRun();
                    r.setBold(style.bold());
                    r.setItalic(style.italic());
                    if (style.underline()) {
                        r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                    }
                    r.setFontSize(style.size());
                    r.setText(text);
                }
            }
        }
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }
}
