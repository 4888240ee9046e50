package org.uptake.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.AccountService;
import org.uptake.access.ApiTokenService;
import org.uptake.access.IssuedToken;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Languages;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/** The signed-in user's own settings: language and time zone, password, API tokens. */
@Controller
@RequestMapping("/profile")
class ProfilePageController {

    /** Every zone Java knows, sorted once: the profile's time-zone choice. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final LocaleResolver locales;

    ProfilePageController(AccountService accounts, ApiTokenService tokens, LocaleResolver locales) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.locales = locales;
    }

    @GetMapping
    String show(Model model) {
        return page(CurrentActor.get(), model, Map.of());
    }

    @PostMapping
    String settings(@RequestParam(required = false) String language, @RequestParam(required = false) String timeZone,
                    Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        try {
            accounts.changeSettings(actor, language, timeZone);
            locales.setLocale(request, response, Languages.localeOf(language));
            flash.addFlashAttribute("flashMessage", Violation.of(null, "profile.saved"));
            return "redirect:/profile";
        } catch (InvalidInputException e) {
            return page(actor, model, Map.of("settingsViolations", e.violations()));
        }
    }

    @PostMapping("/password")
    String password(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
                    @RequestParam(required = false) String confirmPassword, Model model, HttpServletRequest request,
                    RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        try {
            var session = request.getSession(false);
            accounts.changePassword(actor, currentPassword, newPassword, confirmPassword, session == null ? null : session.getId());
            flash.addFlashAttribute("flashMessage", Violation.of(null, "profile.passwordChanged"));
            return "redirect:/profile";
        } catch (InvalidInputException e) {
            return page(actor, model, Map.of("passwordViolations", e.violations()));
        }
    }

    /** Answers with the page itself (no redirect): the secret is shown this once and never stored. */
    @PostMapping("/tokens")
    String createToken(@RequestParam(required = false) String name, @RequestParam(required = false) List<String> scopes,
                       @RequestParam(required = false) String validDays, Model model) {
        Actor actor = CurrentActor.get();
        try {
            IssuedToken issued = tokens.issue(actor, name, scopes == null ? List.of() : scopes, days(validDays));
            return page(actor, model, Map.of("issued", issued));
        } catch (InvalidInputException e) {
            return page(actor, model, Map.of("tokenViolations", e.violations()));
        }
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(CurrentActor.get(), id);
        flash.addFlashAttribute("flashMessage", Violation.of(null, "tokens.revokedDone"));
        return "redirect:/profile";
    }

    private static Integer days(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("validDays", "token.error.validDays", 1, ApiTokenService.MAX_DAYS);
        }
    }

    private String page(Actor actor, Model model, Map<String, Object> extra) {
        model.addAttribute("account", accounts.mine(actor));
        model.addAttribute("tokens", tokens.mine(actor));
        model.addAttribute("zones", ZONES);
        model.addAllAttributes(extra);
        return "access/profile";
    }
}
