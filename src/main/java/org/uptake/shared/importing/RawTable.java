package org.uptake.shared.importing;

import java.util.List;

/**
 * A file as read, before its header is matched with a kind's columns: the header cells and the
 * data rows with their spreadsheet row numbers, plus what was detected (format, encoding, separator).
 */
record RawTable(String format, String encoding, String separator, List<String> header, List<RawRow> rows) {

    record RawRow(int line, String[] cells) {
    }
}
