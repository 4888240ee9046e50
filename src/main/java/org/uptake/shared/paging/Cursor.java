package org.uptake.shared.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The position after the last row shown: its sort key and id, opaque to clients. */
public record Cursor(String key, long id) {

    public static final Cursor START = null;

    public String encode() {
        String raw = id + ":" + (key == null ? "" : key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor; anything malformed starts from the beginning rather than failing the request. */
    public static Cursor decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new Cursor(raw.substring(colon + 1), Long.parseLong(raw.substring(0, colon)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
