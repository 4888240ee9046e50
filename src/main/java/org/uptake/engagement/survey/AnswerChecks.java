package org.uptake.engagement.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/**
 * Answers checked against the questions before anything is stored: each answer of the question's kind and
 * in range (scale 1–5, existing options, one option for single choice, texts up to 4,000 characters), each
 * question once, every required question answered. Field names are {@code q<questionId>} for the page.
 */
final class AnswerChecks {

    static final int MAX_TEXT = 4000;

    private AnswerChecks() {
    }

    static List<AnswerForm.Item> require(List<Question> questions, AnswerForm form) {
        Map<Long, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        List<Violation> problems = new ArrayList<>();
        Set<Long> answered = new HashSet<>();
        List<AnswerForm.Item> kept = new ArrayList<>();
        for (AnswerForm.Item item : form.answers()) {
            Question q = byId.get(item.questionId());
            if (q == null) {
                problems.add(Violation.of("answers", "survey.error.unknownQuestion", item.questionId()));
                continue;
            }
            if (!answered.add(q.id())) {
                problems.add(Violation.of(field(q), "survey.error.duplicateAnswer"));
                continue;
            }
            if (item.empty()) {
                continue;
            }
            String code = check(q, item);
            if (code != null) {
                problems.add(Violation.of(field(q), code));
            } else {
                kept.add(item);
            }
        }
        Set<Long> given = new HashSet<>();
        kept.forEach(i -> given.add(i.questionId()));
        for (Question q : questions) {
            if (q.required() && !given.contains(q.id()) && problems.stream().noneMatch(v -> field(q).equals(v.field()))) {
                problems.add(Violation.of(field(q), "survey.error.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kept;
    }

    private static String check(Question q, AnswerForm.Item item) {
        return switch (q.type()) {
            case SCALE -> !item.choices().isEmpty() || item.text() != null ? "survey.error.wrongKind"
                    : item.scale() < 1 || item.scale() > 5 ? "survey.error.scaleRange" : null;
            case SINGLE, MULTIPLE -> checkChoices(q, item);
            case TEXT -> item.scale() != null || !item.choices().isEmpty() ? "survey.error.wrongKind"
                    : item.text().strip().length() > MAX_TEXT ? "survey.error.textTooLong" : null;
        };
    }

    private static String checkChoices(Question q, AnswerForm.Item item) {
        if (item.scale() != null || item.text() != null && !item.text().isBlank()) {
            return "survey.error.wrongKind";
        }
        if (q.type() == QuestionType.SINGLE && item.choices().size() != 1) {
            return "survey.error.oneChoice";
        }
        if (new HashSet<>(item.choices()).size() != item.choices().size()) {
            return "survey.error.choiceRange";
        }
        for (Integer c : item.choices()) {
            if (c == null || c < 0 || c >= q.options().size()) {
                return "survey.error.choiceRange";
            }
        }
        return null;
    }

    static String field(Question q) {
        return "q" + q.id();
    }
}
