package org.uptake.shared.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.uptake.shared.error.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file with POI's streaming (SAX) reader, so memory holds rows,
 * never a workbook model. Zip bombs are refused: an entry that inflates more than 100-fold or
 * past {@link #MAX_ENTRY_BYTES} stops the read (POI's {@link ZipSecureFile} limits).
 */
final class XlsxSource {

    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private XlsxSource() {
    }

    static RawTable read(byte[] bytes) {
        Path file = null;
        try {
            // POI reads entries lazily from a file; from a stream it would inflate every entry into memory first.
            file = Files.createTempFile("uptake-import-", ".xlsx");
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return readFirstSheet(pkg);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (NotOfficeXmlFileException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new InvalidInputException("file", "import.error.notXlsx");
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw classify(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the OS; the import's answer does not depend on it
                }
            }
        }
    }

    private static RawTable readFirstSheet(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        var strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new InvalidInputException("file", "import.error.empty");
        }
        var collector = new Collector();
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(), false));
            parser.parse(new InputSource(sheet));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        if (collector.header == null) {
            throw new InvalidInputException("file", "import.error.empty");
        }
        return new RawTable("XLSX", null, null, collector.header, collector.rows);
    }

    /** Zip-bomb and size refusals come out of POI as plain IOExceptions; their text tells them apart. */
    private static InvalidInputException classify(Exception e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeds the maximum") || m.contains("max entry size")
                    || m.contains("MAX_ENTRY_SIZE") || m.contains("maxTextSize") || m.contains("MaxFileCount")) {
                return new InvalidInputException("file", "import.error.zipBomb");
            }
        }
        return new InvalidInputException("file", "import.error.notXlsx");
    }

    /** Collects rows as the SAX handler reports them; stops the parse past the row limit. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        List<String> header;
        final List<RawTable.RawRow> rows = new ArrayList<>();
        private final List<String> cells = new ArrayList<>();

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    header = List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
                }
                return;
            }
            if (rows.size() >= ImportTable.MAX_ROWS) {
                throw new InvalidInputException("file", "import.error.tooManyRows", ImportTable.MAX_ROWS);
            }
            rows.add(new RawTable.RawRow(rowNum + 1, cells.toArray(String[]::new)));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column > 16_384) {
                return;
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }
    }
}
