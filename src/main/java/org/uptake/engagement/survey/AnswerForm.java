package org.uptake.engagement.survey;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A respondent's answers: per question a scale value, chosen option indexes (0-based) or a text. */
public record AnswerForm(@NotNull @Size(max = 100) List<Item> answers) {

    public AnswerForm {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public record Item(long questionId, Integer scale, @Size(max = 20) List<Integer> choices, String text) {

        public Item {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        public boolean empty() {
            return scale == null && choices.isEmpty() && (text == null || text.isBlank());
        }
    }
}
