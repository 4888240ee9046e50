package org.uptake.rollout.wave.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/** How the rollout's form posts answer: the change and a redirect, or the page again with the reason and nothing changed. */
public final class PageAttempts {

    private PageAttempts() {
    }

    /** Runs the change; a refused one re-renders the page with the reason (400, or 409 when stale). */
    public static String attempt(Supplier<String> change, Supplier<String> page, Model model, HttpServletResponse response) {
        try {
            return change.get();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            response.setStatus(409);
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return page.get();
    }
}
