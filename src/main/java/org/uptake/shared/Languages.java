package org.uptake.shared;

import java.util.List;
import java.util.Locale;

/** The languages Uptake's UI speaks. English and Russian are complete; the others cover the main screens. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "ru", "de", "nb", "it");

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.contains(tag);
    }

    public static Locale localeOf(String tag) {
        return Locale.forLanguageTag(isSupported(tag) ? tag : "en");
    }
}
