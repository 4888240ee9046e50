package org.uptake.shared.exporting;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints well-formed XHTML as PDF with openhtmltopdf. The HTML's CSS names the font family
 * {@value #FONT_FAMILY}: Liberation Sans, which PDFBox ships, so Cyrillic and the other languages
 * print without fonts installed on the machine.
 */
public final class HtmlPdf {

    public static final String FONT_FAMILY = "Doc Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private HtmlPdf() {
    }

    public static byte[] render(String xhtml) {
        try (var out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(HtmlPdf::font, FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
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
