package org.uptake.governance.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * Runs a change a page form asked for and redirects back (post / redirect / get): on success with
 * a "done" message, on refused input or a stale version with the reasons, shown at the top of the
 * page by the layout. The forms are checked with the same Bean Validation constraints as the API
 * before the service sees them, so a page never answers user input with a 500.
 */
@Component
public class PageChange {

    private final Validator validator;
    private final MessageSource messages;

    PageChange(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** Carries out {@code change}; returns the redirect to {@code back} (or to where the change says). */
    public String run(RedirectAttributes flash, String back, String doneKey, Supplier<String> change) {
        try {
            String target = change.get();
            flash.addFlashAttribute("flashMessage", Violation.of(null, doneKey));
            return "redirect:" + (target == null ? back : target);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flashViolations", e.violations());
        } catch (StaleVersionException e) {
            flash.addFlashAttribute("flashViolations", List.of(Violation.of(null, "error.stale")));
        }
        return "redirect:" + back;
    }

    /** The form's Bean Validation problems as an {@link InvalidInputException}, or nothing. */
    public <T> T check(T form) {
        var problems = validator.validate(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .sorted(Comparator.comparing(p -> p.getPropertyPath().toString()))
                    .map(this::violation).toList());
        }
        return form;
    }

    /** Names the field by its label in the reader's language, since page errors are listed above the form. */
    private Violation violation(ConstraintViolation<?> p) {
        String constraint = p.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String path = p.getPropertyPath().toString();
        String field = messages.getMessage("governance.field." + path, null, path, LocaleContextHolder.getLocale());
        return switch (constraint) {
            case "Size" -> Violation.of(path, "governance.form.size", field,
                    p.getConstraintDescriptor().getAttributes().get("max"));
            case "Min", "Max" -> Violation.of(path, "governance.form.range", field);
            case "Pattern" -> Violation.of(path, "governance.form.pattern", field);
            default -> Violation.of(path, "governance.form.required", field);
        };
    }
}
