package org.uptake.process.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the sentences of a short description, which must be 2-4 phrases (seed 002 line 258). A
 * sentence ends with . ! ? or … followed by a space and a capital letter or digit, or by the end of
 * the text; a full stop inside "т.е." or "e.g." followed by a lower-case word does not end one.
 */
final class Sentences {

    private static final Pattern END = Pattern.compile("[.!?…]+[\"»”)]*(?=\\s+[\\p{Lu}\\p{N}«\"“(]|\\s*$)");

    private Sentences() {
    }

    static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = text.strip();
        Matcher m = END.matcher(t);
        int count = 0;
        int last = 0;
        while (m.find()) {
            if (!t.substring(last, m.start()).isBlank()) {
                count++;
            }
            last = m.end();
        }
        if (!t.substring(last).isBlank()) {
            count++;
        }
        return count;
    }
}
