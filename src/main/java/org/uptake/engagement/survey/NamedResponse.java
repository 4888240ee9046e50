package org.uptake.engagement.survey;

import java.time.Instant;
import java.util.List;

/** A named survey's response with its author: for the unit's head, the coordinators and the person themselves. */
public record NamedResponse(long personId, String personName, RespondentRole role, Instant answeredAt, List<Answer> answers) {

    /** One question's answer in words: the scale value, the chosen options, or the text. */
    public record Answer(long questionId, String question, String value) {
    }
}
