package org.uptake.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files for tests: CSV in any encoding, real XLSX workbooks and hostile zips. */
public final class ImportFiles {

    private ImportFiles() {
    }

    /** Lines joined with CRLF, in UTF-8 without BOM. */
    public static byte[] csv(String... lines) {
        return csv(StandardCharsets.UTF_8, lines);
    }

    public static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    public static byte[] withBom(byte[] utf8) {
        byte[] out = new byte[utf8.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, out, 3, utf8.length);
        return out;
    }

    /** A real workbook (POI's full model): the first row is the header. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Data");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v != null) {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip bomb dressed as an XLSX: a few hundred kilobytes on disk whose sheet unpacks to
     * {@code megabytes} of the same character — the compression ratio no real workbook has.
     */
    public static byte[] zipBomb(int megabytes) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                    <sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A CSV of {@code bytes} bytes: a valid header, then filler rows. */
    public static byte[] oversized(int bytes) {
        byte[] out = new byte[bytes];
        byte[] header = "full_name,email\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, out, 0, header.length);
        byte[] line = "Filler Person,filler@example.test\n".getBytes(StandardCharsets.UTF_8);
        for (int at = header.length; at < bytes; at += line.length) {
            System.arraycopy(line, 0, out, at, Math.min(line.length, bytes - at));
        }
        return out;
    }
}
