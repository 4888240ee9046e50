package org.uptake.shared.exporting;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows to a CSV (UTF-8 with a byte-order mark, so Excel reads Cyrillic right) or an XLSX
 * (streamed: only a window of rows is held in memory). Text that a spreadsheet would run as a
 * formula — starting with {@code = + - @}, a tab or a carriage return — is neutralised: in CSV it
 * gets a leading apostrophe, in XLSX it is a text cell marked "quote prefixed", so it is shown
 * and kept as text. Numbers stay numbers.
 */
public final class SpreadsheetWriter implements Closeable {

    private static final int WINDOW_ROWS = 200;

    private final ExportFormat format;
    private final OutputStream out;
    private CSVPrinter csv;
    private SXSSFWorkbook workbook;
    private SXSSFSheet sheet;
    private CellStyle header;
    private CellStyle quoted;
    private int rowIndex;

    private SpreadsheetWriter(ExportFormat format, OutputStream out) {
        this.format = format;
        this.out = out;
    }

    /** Opens a writer whose first sheet (XLSX) is called {@code sheetName}. */
    public static SpreadsheetWriter open(ExportFormat format, OutputStream out, String sheetName) {
        var writer = new SpreadsheetWriter(format, out);
        try {
            if (format == ExportFormat.CSV) {
                out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                writer.csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                        CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            } else {
                writer.workbook = new SXSSFWorkbook(WINDOW_ROWS);
                writer.workbook.setCompressTempFiles(true);
                writer.startSheet(sheetName);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer;
    }

    /** Starts another sheet (XLSX only; a CSV has one table and ignores this). */
    public void startSheet(String name) {
        if (workbook == null) {
            return;
        }
        sheet = workbook.createSheet(name);
        rowIndex = 0;
        if (header == null) {
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }

    /** The header row: bold and frozen in XLSX. */
    public void header(List<String> names) {
        writeRow(names, true);
        if (sheet != null) {
            sheet.createFreezePane(0, 1);
        }
    }

    public void row(List<?> values) {
        writeRow(values, false);
    }

    private void writeRow(List<?> values, boolean bold) {
        try {
            if (csv != null) {
                for (Object v : values) {
                    csv.print(v instanceof Number ? v : neutralise(v == null ? null : v.toString()));
                }
                csv.println();
                return;
            }
            Row row = sheet.createRow(rowIndex++);
            for (int i = 0; i < values.size(); i++) {
                cell(row, i, values.get(i), bold);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(Row row, int column, Object value, boolean bold) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            return;
        }
        String text = value.toString();
        cell.setCellValue(text);
        if (bold) {
            cell.setCellStyle(header);
        } else if (isFormulaLike(text)) {
            cell.setCellStyle(quoted);
        }
    }

    /** Whether a spreadsheet would read the text as a formula (OWASP "CSV injection"). */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV cell that no spreadsheet runs as a formula. */
    public static String neutralise(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.flush();
            } else if (workbook != null) {
                workbook.write(out);
                workbook.close();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ExportFormat format() {
        return format;
    }
}
