package org.uptake.engagement.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question's answers over the groups the reader may see, supervisors and employees apart:
 * scale means, how often each option (or scale value) was chosen, and the text answers.
 */
public record QuestionResult(Question question, Part supervisors, Part employees) {

    /** {@code counts} per option index (choices) or per scale value 1–5; {@code withheld} when the group is below five. */
    public record Part(int answers, BigDecimal mean, List<Integer> counts, List<String> texts, boolean withheld) {
    }
}
