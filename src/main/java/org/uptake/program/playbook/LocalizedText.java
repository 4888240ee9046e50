package org.uptake.program.playbook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text of a playbook in several languages ({@code {"en": "Planning", "ru": "Планирование"}}).
 * English is always present and is what a missing language falls back to.
 */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LocalizedText of(Map<String, String> values) {
        return new LocalizedText(values);
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of("en", text));
    }

    @JsonValue
    public Map<String, String> json() {
        return values;
    }

    /** The text in the language, else in English, else in any language it has. */
    public String in(String language) {
        String text = values.get(language);
        if (text == null || text.isBlank()) {
            text = values.get("en");
        }
        if ((text == null || text.isBlank()) && !values.isEmpty()) {
            text = values.values().iterator().next();
        }
        return text;
    }

    /** A copy with the text of one language replaced (a blank text removes that language, never English). */
    public LocalizedText with(String language, String text) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        if (text == null || text.isBlank()) {
            if (!"en".equals(language)) {
                copy.remove(language);
            }
        } else {
            copy.put(language, text.strip());
        }
        return new LocalizedText(copy);
    }
}
