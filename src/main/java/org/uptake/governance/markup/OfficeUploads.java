package org.uptake.governance.markup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.uptake.shared.error.InvalidInputException;

/**
 * Checks an uploaded document before it is stored: the content type is taken from the file's own
 * bytes (not the browser's claim), and a Word file carrying macros (.docm, a macro-enabled content
 * type or a {@code vbaProject.bin} inside the package) is refused.
 */
public final class OfficeUploads {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final Set<String> SCANS_AND_DOCUMENTS = Set.of(PDF, DOCX, "image/png", "image/jpeg");
    private static final Map<String, String> BY_EXTENSION = Map.of("pdf", PDF, "docx", DOCX, "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg");

    private OfficeUploads() {
    }

    /** The checked content type of an upload, or a clear refusal. */
    public static String check(String fileName, String claimedType, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String claimed = claimedType == null ? "" : claimedType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docm") || name.endsWith(".dotm") || claimed.contains("macroenabled")) {
            throw new InvalidInputException("file", "markup.error.macro");
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        String type = BY_EXTENSION.get(extension);
        if (type == null || content.length < 4 || !magicMatches(type, content)) {
            throw new InvalidInputException("file", "markup.error.uploadType");
        }
        if (type.equals(DOCX) && hasMacros(content)) {
            throw new InvalidInputException("file", "markup.error.macro");
        }
        return type;
    }

    private static boolean magicMatches(String type, byte[] c) {
        return switch (type) {
            case PDF -> c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F';
            case DOCX -> c[0] == 'P' && c[1] == 'K';
            case "image/png" -> (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G';
            default -> (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8;
        };
    }

    private static boolean hasMacros(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String n = e.getName().toLowerCase(Locale.ROOT);
                if (n.endsWith("vbaproject.bin") || n.endsWith("vbadata.xml")) {
                    return true;
                }
                if (n.equals("[content_types].xml")) {
                    String types = new String(zip.readNBytes(1 << 20), java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                    if (types.contains("macroenabled") || types.contains("vbaproject")) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new InvalidInputException("file", "markup.error.uploadType");
        }
    }
}
