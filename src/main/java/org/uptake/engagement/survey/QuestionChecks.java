package org.uptake.engagement.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/** The domain checks of a question list beyond Bean Validation: options where they belong, at least two of them, distinct. */
final class QuestionChecks {

    private QuestionChecks() {
    }

    static void require(List<QuestionForm> questions) {
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionForm q = questions.get(i);
            String field = "questions[" + i + "]";
            if (q.getType() == null) {
                problems.add(Violation.of(field + ".type", "survey.error.questionType"));
                continue;
            }
            if (q.getText() == null || q.getText().isBlank() || q.getText().length() > 500) {
                problems.add(Violation.of(field + ".text", "survey.error.questionText"));
            }
            if (q.getType().hasOptions()) {
                List<String> options = q.getOptions();
                Set<String> distinct = new HashSet<>(options);
                if (options.size() < 2 || options.size() > 20 || distinct.size() != options.size()
                        || options.stream().anyMatch(o -> o.isBlank() || o.length() > 200)) {
                    problems.add(Violation.of(field + ".options", "survey.error.options"));
                }
            }
        }
        if (questions.size() > 100) {
            problems.add(Violation.of("questions", "survey.error.tooManyQuestions", 100));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Whether the new list asks exactly what the stored questions ask. */
    static boolean same(List<Question> stored, List<QuestionForm> wanted) {
        if (stored.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            Question s = stored.get(i);
            QuestionForm w = wanted.get(i);
            boolean options = !s.type().hasOptions() || s.options().equals(w.getOptions());
            if (s.type() != w.getType() || !s.text().equals(w.getText()) || !options || s.required() != w.isRequired()
                    || s.readiness() != (w.isReadiness() && w.getType() == QuestionType.SCALE)) {
                return false;
            }
        }
        return true;
    }
}
