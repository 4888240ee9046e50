package org.uptake.shared.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.uptake.shared.error.InvalidInputException;

/**
 * Reads a CSV file: encoding and separator ({@code ,} {@code ;} or tab) are detected, quoted cells
 * may span lines. Empty lines are kept as (blank) records so that record numbers stay the row
 * numbers a spreadsheet shows.
 */
final class CsvSource {

    private CsvSource() {
    }

    static RawTable read(byte[] bytes) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new InvalidInputException("file", "import.error.empty");
        }
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        List<String> header = null;
        List<RawTable.RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                String[] cells = record.values();
                if (header == null) {
                    if (!isBlank(cells)) {
                        header = List.of(cells);
                    }
                    continue;
                }
                if (rows.size() >= ImportTable.MAX_ROWS) {
                    throw new InvalidInputException("file", "import.error.tooManyRows", ImportTable.MAX_ROWS);
                }
                rows.add(new RawTable.RawRow((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "import.error.malformedCsv", String.valueOf(e.getMessage()));
        }
        if (header == null) {
            throw new InvalidInputException("file", "import.error.empty");
        }
        return new RawTable("CSV", decoded.encoding(), separator == '\t' ? "tab" : String.valueOf(separator), header, rows);
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The separator used most often in the header line (outside quotes); a comma when there is none. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }
}
