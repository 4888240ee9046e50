package org.uptake.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;
import org.uptake.support.ImportFiles;

/** Reading CSV and XLSX files into rows: encodings, separators, headers, and every way a file can be unreadable. */
class SpreadsheetReadingTests {

    private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("full_name", "Anna"),
            ImportColumn.optional("email", "a@example.com"), ImportColumn.optional("unit_code", "U1"));

    private static ImportTable read(byte[] bytes) {
        return SpreadsheetReader.read(bytes, COLUMNS);
    }

    private static List<String> codes(byte[] bytes) {
        try {
            read(bytes);
        } catch (InvalidInputException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void readsUtf8CommaSeparatedWithRowNumbersAsASpreadsheetShowsThem() {
        ImportTable table = read(ImportFiles.csv("full_name,email", "Anna Petrova,anna@example.com", "", "Boris,\"b@example.com\""));
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(1).line()).isEqualTo(4);
        assertThat(table.rows().get(1).get("email")).isEqualTo("b@example.com");
        assertThat(table.encoding()).isEqualTo("UTF-8");
        assertThat(table.separator()).isEqualTo(",");
        assertThat(table.has("unit_code")).isFalse();
    }

    @Test
    void readsWindows1251WithSemicolonsAsRussianExcelSavesIt() {
        ImportTable table = read(ImportFiles.csv(TextDecoding.WINDOWS_1251, "full_name;email;unit_code",
                "Анна Петрова;anna@example.com;Отдел-1", "Ёлкин Пётр;petr@example.com;"));
        assertThat(table.encoding()).isEqualTo("Windows-1251");
        assertThat(table.separator()).isEqualTo(";");
        assertThat(table.rows().get(0).get("full_name")).isEqualTo("Анна Петрова");
        assertThat(table.rows().get(0).get("unit_code")).isEqualTo("Отдел-1");
        assertThat(table.rows().get(1).get("full_name")).isEqualTo("Ёлкин Пётр");
        assertThat(table.rows().get(1).get("unit_code")).isNull();
    }

    @Test
    void skipsTheUtf8ByteOrderMarkSoTheFirstHeaderStillMatches() {
        ImportTable table = read(ImportFiles.withBom(ImportFiles.csv("full_name;email", "Мария;m@example.com")));
        assertThat(table.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(table.rows().getFirst().get("full_name")).isEqualTo("Мария");
    }

    @Test
    void matchesHeadersIgnoringCaseSpacesAndDashes() {
        ImportTable table = read(ImportFiles.csv("Full Name\tE-Mail", "Anna\ta@example.com"));
        assertThat(table.separator()).isEqualTo("tab");
        assertThat(table.rows().getFirst().get("email")).isEqualTo("a@example.com");
    }

    @Test
    void keepsQuotedSeparatorsAndLineBreaksInsideACell() {
        ImportTable table = read(ImportFiles.csv("full_name,email", "\"Petrova, Anna\",a@example.com",
                "\"Two\nlines\",b@example.com"));
        assertThat(table.rows().get(0).get("full_name")).isEqualTo("Petrova, Anna");
        assertThat(table.rows().get(1).get("full_name")).isEqualTo("Two\nlines");
    }

    @Test
    void undoesTheApostropheThatExportsPutBeforeFormulaCharacters() {
        ImportTable table = read(ImportFiles.csv("full_name,email", "'=Anna,'plain"));
        assertThat(table.rows().getFirst().get("full_name")).isEqualTo("=Anna");
        assertThat(table.rows().getFirst().get("email")).isEqualTo("'plain");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbook() {
        ImportTable table = read(ImportFiles.xlsx(List.of(List.of("full_name", "email"),
                List.of("Анна", "anna@example.com"), Arrays.asList(null, null), List.of("Boris", "b@example.com"))));
        assertThat(table.format()).isEqualTo("XLSX");
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.rows().get(0).get("full_name")).isEqualTo("Анна");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(codes(new byte[0])).containsExactly("import.error.empty");
        assertThat(codes(ImportFiles.csv("", "  "))).containsExactly("import.error.empty");
        assertThat(codes(ImportFiles.withBom(new byte[0]))).containsExactly("import.error.empty");
    }

    @Test
    void refusesAHeaderWithoutRows() {
        assertThat(codes(ImportFiles.csv("full_name,email", ",", ""))).containsExactly("import.error.noRows");
    }

    @Test
    void namesMissingAndUnknownColumnsTogether() {
        assertThat(codes(ImportFiles.csv("email,salary,mood", "a@example.com,1,ok")))
                .containsExactly("import.error.missingColumns", "import.error.unknownColumns");
        assertThatThrownBy(() -> read(ImportFiles.csv("email,salary", "a@example.com,1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).args()).containsExactly("full_name");
                    assertThat(e.violations().get(1).args().getFirst()).isEqualTo("salary");
                });
    }

    @Test
    void refusesAColumnGivenTwice() {
        assertThat(codes(ImportFiles.csv("full_name,Full name", "a,b"))).containsExactly("import.error.repeatedColumn");
    }

    @Test
    void refusesUtf16WithAdviceHowToSave() {
        byte[] utf16 = "\uFEFFfull_name\r\nAnna\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(codes(utf16)).containsExactly("import.error.utf16");
    }

    @Test
    void refusesBinaryDataAsWrongEncoding() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThat(codes(png)).containsExactly("import.error.encoding");
        byte[] controls = {'f', 'u', 'l', 'l', 0x01, 0x02, 0x03, '\n', 'x', 0x1B};
        assertThat(codes(controls)).containsExactly("import.error.encoding");
    }

    @Test
    void refusesTheOldXlsFormatWithAdvice() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(codes(ole2)).containsExactly("import.error.xls");
    }

    @Test
    void refusesAZipThatIsNoWorkbook() {
        byte[] zip = ImportFiles.zipBomb(0);
        byte[] broken = Arrays.copyOf(zip, zip.length / 2);
        assertThat(codes(broken)).containsExactly("import.error.notXlsx");
    }

    @Test
    void refusesAnXlsxZipBombBeforeUnpackingIt() {
        byte[] bomb = ImportFiles.zipBomb(64);
        assertThat(bomb.length).isLessThan(256 * 1024);
        assertThat(codes(bomb)).containsExactly("import.error.zipBomb");
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThat(codes(ImportFiles.csv("full_name,email", "\"Anna,a@example.com"))).containsExactly("import.error.malformedCsv");
    }

    @Test
    void flagsAValueInAColumnWithoutHeader() {
        ImportTable table = read(ImportFiles.csv("full_name,email", "Anna,a@example.com,surplus"));
        assertThat(table.rows().getFirst().problems()).extracting(ImportProblem::code).containsExactly("import.error.cellWithoutHeader");
    }

    @Test
    void findsCyclesInParentChains() {
        java.util.Map<String, String> parent = java.util.Map.of("a", "b", "b", "c", "c", "a", "d", "a", "e", "e", "f", "g");
        List<List<String>> cycles = ReferenceCycles.find(List.of("d", "f", "e", "a"), parent::get);
        assertThat(cycles).hasSize(2);
        assertThat(cycles.get(0)).containsExactly("a", "b", "c");
        assertThat(cycles.get(1)).containsExactly("e");
    }
}
