package org.uptake.competency.standard;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.uptake.shared.error.InvalidInputException;

/**
 * Tells the two formats apart by their content (an XML file starts with "<"), enforces the size
 * limit before parsing, and requires UTF-8 text.
 */
final class StandardFile {

    private StandardFile() {
    }

    /** The standard read and the format it came in (XML or CSV). */
    record Read(ParsedStandard standard, String format) {
    }

    static Read read(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "standards.error.empty");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("file", "standards.error.tooLarge", maxBytes / (1024 * 1024));
        }
        String text = utf8(bytes);
        if (text.isBlank()) {
            throw new InvalidInputException("file", "standards.error.empty");
        }
        return text.stripLeading().startsWith("<") ? new Read(StandardXml.read(bytes), "XML")
                : new Read(StandardCsv.read(text), "CSV");
    }

    private static String utf8(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "standards.error.encoding");
        }
    }
}
