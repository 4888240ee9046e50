package org.uptake.shared.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports never hand a spreadsheet a formula: cells starting with = + - @ stay text. */
class SpreadsheetWriterTests {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)",
            "\tTabbed", "Plain, \"quoted\"");

    private static byte[] write(ExportFormat format) {
        var out = new ByteArrayOutputStream();
        try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, "Data")) {
            writer.header(List.of("a", "b", "c", "d", "e", "f", "n"));
            List<Object> row = new java.util.ArrayList<>(HOSTILE);
            row.add(-42);
            writer.row(row);
            writer.row(Arrays.asList(null, "ok", null, null, null, null, null));
        }
        return out.toByteArray();
    }

    @Test
    void csvPutsAnApostropheBeforeFormulaCharactersAndKeepsNumbers() {
        String csv = new String(write(ExportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFa,b,c,d,e,f,n\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+1+1,'-2+3,'@SUM(A1),'\tTabbed,\"Plain, \"\"quoted\"\"\",-42");
        assertThat(csv).contains("\r\n,ok,,,,,\r\n");
    }

    @Test
    void xlsxWritesFormulaLikeTextAsQuotePrefixedTextCells() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX)))) {
            var row = workbook.getSheet("Data").getRow(1);
            for (int i = 0; i < HOSTILE.size(); i++) {
                Cell cell = row.getCell(i);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(HOSTILE.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(SpreadsheetWriter.isFormulaLike(HOSTILE.get(i)));
            }
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(-42.0);
            assertThat(workbook.getSheet("Data").getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }
}
