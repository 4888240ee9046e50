package org.uptake.procurement.requirement;

import java.util.regex.Pattern;

/**
 * The seed's rule for implementation goals: state them in two sentences (seed 002 part D, 3.1). A
 * sentence ends with '.', '!', '?' or '…' followed by a space or the end; text after the last end
 * counts as one more sentence. Decimal points ("20.5 %") do not end a sentence.
 */
final class Goals {

    static final int MAX_SENTENCES = 2;
    private static final Pattern END = Pattern.compile("[.!?…]+(?=\\s|$)");

    private Goals() {
    }

    static int sentences(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = text.strip();
        var m = END.matcher(t);
        int count = 0;
        int lastEnd = 0;
        while (m.find()) {
            if (!t.substring(lastEnd, m.start()).isBlank()) {
                count++;
            }
            lastEnd = m.end();
        }
        return t.substring(lastEnd).isBlank() ? count : count + 1;
    }
}
