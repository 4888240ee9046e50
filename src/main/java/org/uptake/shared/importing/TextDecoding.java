package org.uptake.shared.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.uptake.shared.error.InvalidInputException;

/**
 * Finds the encoding of a text file: UTF-8 with or without a byte-order mark, otherwise
 * Windows-1251 (what Russian Excel saves as "CSV"). Anything else — UTF-16, binary data, text
 * full of control characters — is refused with a message that says how to save the file.
 */
final class TextDecoding {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private TextDecoding() {
    }

    record Decoded(String text, String encoding) {
    }

    static Decoded decode(byte[] bytes) {
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new InvalidInputException("file", "import.error.utf16");
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InvalidInputException("file", "import.error.encoding");
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        String encoding;
        try {
            text = strict(StandardCharsets.UTF_8).decode(buffer).toString();
            encoding = start == 3 ? "UTF-8 (BOM)" : "UTF-8";
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strict(WINDOWS_1251).decode(buffer.rewind()).toString();
                encoding = "Windows-1251";
            } catch (CharacterCodingException neither) {
                throw new InvalidInputException("file", "import.error.encoding");
            }
        }
        requirePlainText(text);
        return new Decoded(text, encoding);
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Text files hold no control characters besides tab and line breaks; binary data does. */
    private static void requirePlainText(CharSequence text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c == '\uFFFD') {
                controls++;
            }
        }
        if (controls > 0) {
            throw new InvalidInputException("file", "import.error.encoding");
        }
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
