package org.uptake.shared.importing;

import java.util.List;
import org.uptake.shared.error.InvalidInputException;

/**
 * Reads an uploaded file into an {@link ImportTable}. The format is told by the content, not the
 * name: a zip is an XLSX, an OLE2 document is the old .xls (refused with advice), anything else is CSV.
 */
final class SpreadsheetReader {

    private SpreadsheetReader() {
    }

    static ImportTable read(byte[] bytes, List<ImportColumn> columns) {
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "import.error.empty");
        }
        RawTable raw;
        if (TextDecoding.startsWith(bytes, 'P', 'K', 3, 4)) {
            raw = XlsxSource.read(bytes);
        } else if (TextDecoding.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new InvalidInputException("file", "import.error.xls");
        } else {
            raw = CsvSource.read(bytes);
        }
        return ImportTable.of(raw, columns);
    }
}
