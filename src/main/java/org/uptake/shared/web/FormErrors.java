package org.uptake.shared.web;

import org.springframework.validation.BindingResult;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/** Puts domain violations next to the form fields they concern, so pages show them inline. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void apply(InvalidInputException e, BindingResult binding) {
        for (Violation v : e.violations()) {
            Object[] args = v.args().toArray();
            if (v.field() != null && binding.getTarget() != null && isField(binding, v.field())) {
                binding.rejectValue(v.field(), v.code(), args, v.code());
            } else {
                binding.reject(v.code(), args, v.code());
            }
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            binding.getFieldValue(field);
            return true;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
