package org.uptake.training.web;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;
import org.uptake.training.course.CourseForm;
import org.uptake.training.session.SessionForm;

/**
 * The pages' forms go through the same Bean Validation as the API before the service sees them, so a
 * missing field is an inline message, never a 500.
 */
final class Forms {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Forms() {
    }

    static CourseForm course(long programId, String title, String description, List<String> aspects, List<Long> positions,
                             List<Long> units, Integer duration, Integer passMark, boolean required) {
        return check(new CourseForm(programId, title, description, aspects, positions, units, duration, passMark, required, 0));
    }

    static SessionForm session(SessionForm form) {
        return check(form);
    }

    static <T> T check(T form) {
        var problems = VALIDATOR.validate(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .sorted(Comparator.comparing(p -> p.getPropertyPath().toString()))
                    .map(p -> Violation.of(p.getPropertyPath().toString(), "training.error.field",
                            p.getPropertyPath().toString(), p.getInvalidValue() == null ? "—" : String.valueOf(p.getInvalidValue())))
                    .toList());
        }
        return form;
    }
}
