package org.uptake.engagement.survey;

/** How a question is answered: a 1–5 scale, one option, several options or free text. */
public enum QuestionType {
    SCALE, SINGLE, MULTIPLE, TEXT;

    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }
}
