package org.uptake.procurement.web;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * Post / redirect / get for the procurement pages: a form is checked with the API's Bean Validation
 * constraints first, then the change runs; the page comes back with "saved" or with the reasons it was
 * refused (shown by the layout), so user input never ends in a 500.
 */
@Component
class FormOutcome {

    private final Validator validator;
    private final MessageSource messages;

    FormOutcome(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** Runs {@code change} on the checked form; redirects to where it says, or back on refusal. */
    <T> String apply(RedirectAttributes flash, String back, T form, BindingResult binding, Supplier<String> change) {
        try {
            unbound(binding);
            check(form);
            String target = change.get();
            flash.addFlashAttribute("flashMessage", Violation.of(null, "procurement.saved"));
            return "redirect:" + (target == null ? back : target);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flashViolations", e.violations());
        } catch (StaleVersionException e) {
            flash.addFlashAttribute("flashViolations", List.of(Violation.of(null, "error.stale")));
        }
        return "redirect:" + back;
    }

    /** Fields that did not even convert (a word where a number belongs): named, and nothing runs. */
    private void unbound(BindingResult binding) {
        if (binding != null && binding.hasErrors()) {
            throw new InvalidInputException(binding.getFieldErrors().stream().map(f -> Violation.of(f.getField(),
                    "procurement.form.invalid", messages.getMessage("procurement.field." + f.getField(), null, f.getField(),
                            LocaleContextHolder.getLocale()))).toList());
        }
    }

    private void check(Object form) {
        if (form == null) {
            return;
        }
        var problems = validator.validate(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .sorted(Comparator.comparing(p -> p.getPropertyPath().toString()))
                    .map(p -> {
                        String path = p.getPropertyPath().toString();
                        String label = messages.getMessage("procurement.field." + path, null, path, LocaleContextHolder.getLocale());
                        return Violation.of(path, "procurement.form.invalid", label);
                    }).toList());
        }
    }
}
