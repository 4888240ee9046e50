package org.uptake.competency.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as headings, paragraphs, lists and tables: one model that both the PDF (through an
 * HTML template) and the DOCX writer render, so the two exports never say different things.
 */
public record Doc(String title, String subtitle, List<Block> blocks) {

    public Doc {
        blocks = List.copyOf(blocks);
    }

    /** One block; {@link #kind()} lets the HTML template choose how to draw it. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table {
        String kind();
    }

    public record Heading(String text) implements Block {
        public String kind() {
            return "heading";
        }
    }

    public record Paragraph(String text) implements Block {
        public String kind() {
            return "paragraph";
        }

        public List<String> lines() {
            return List.of(text.split("\n"));
        }
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }

        public String kind() {
            return "bullets";
        }
    }

    /** A table; a cell holding several lines is written one line per paragraph. */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        }

        public String kind() {
            return "table";
        }

        /** The table's cells split into lines, row by row. */
        public List<List<List<String>>> cellLines() {
            return rows.stream().map(r -> r.stream().map(c -> List.of(c.split("\n"))).toList()).toList();
        }
    }

    public static Builder builder(String title, String subtitle) {
        return new Builder(title, subtitle);
    }

    /** Collects blocks in order. */
    public static final class Builder {
        private final String title;
        private final String subtitle;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title, String subtitle) {
            this.title = title;
            this.subtitle = subtitle;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder paragraph(String text) {
            if (text != null && !text.isBlank()) {
                blocks.add(new Paragraph(text));
            }
            return this;
        }

        public Builder bullets(List<String> items, String whenEmpty) {
            if (items.isEmpty()) {
                return paragraph(whenEmpty);
            }
            blocks.add(new Bullets(items));
            return this;
        }

        public Builder table(List<String> headers, List<List<String>> rows) {
            blocks.add(new Table(headers, rows));
            return this;
        }

        public Doc build() {
            return new Doc(title, subtitle, blocks);
        }
    }
}
