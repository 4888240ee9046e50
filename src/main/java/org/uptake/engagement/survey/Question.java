package org.uptake.engagement.survey;

import java.util.List;

/** One question of a survey; {@code readiness} scale questions make up the readiness score. */
public record Question(long id, int position, QuestionType type, String text, List<String> options, boolean required,
                       boolean readiness) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
