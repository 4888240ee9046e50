package org.uptake.shared.exporting;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders an XHTML page (a Thymeleaf template's output) as PDF with openhtmltopdf. The pages name the
 * font family {@value #FAMILY}: Liberation Sans, which PDFBox ships, so Cyrillic and the other languages
 * print without a font installed on the machine. PDFBox ships no bold cut, so the same face is also
 * registered for weight 700: bold text prints in the regular face rather than in a fallback font that
 * has no Cyrillic.
 */
public final class HtmlPdf {

    public static final String FAMILY = "Doc Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private HtmlPdf() {
    }

    public static byte[] render(String html) {
        try (var out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(HtmlPdf::font, FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(HtmlPdf::font, FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        InputStream in = HtmlPdf.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox no longer ships " + FONT);
        }
        return in;
    }
}
