package org.uptake.process.concept;

import java.util.List;

/** What the concept documents are written with, so that the Word and the PDF file say the same thing. */
interface DocumentWriter extends AutoCloseable {

    DocumentWriter title(String text);

    DocumentWriter heading(String text, int level);

    DocumentWriter paragraph(String text);

    DocumentWriter labelled(String label, String text);

    DocumentWriter bullet(String text, int depth);

    DocumentWriter table(List<String> header, List<List<String>> rows);

    byte[] bytes();

    @Override
    void close();
}
