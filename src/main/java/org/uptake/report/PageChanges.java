package org.uptake.report;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * How the report pages answer a form: the change succeeds and the browser is redirected to the page, or the
 * same page is shown again with the reasons (refused input, or someone changed the record meanwhile).
 */
public final class PageChanges {

    private PageChanges() {
    }

    public static String apply(Model model, Runnable change, String redirectPath, Supplier<String> page) {
        try {
            change.run();
            return "redirect:" + redirectPath;
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return page.get();
    }
}
