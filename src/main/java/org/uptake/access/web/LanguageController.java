package org.uptake.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.uptake.access.AccountService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Languages;

/** The language switch in the header: kept on the account when signed in, in a cookie otherwise. */
@Controller
class LanguageController {

    private final AccountService accounts;
    private final LocaleResolver locales;

    LanguageController(AccountService accounts, LocaleResolver locales) {
        this.accounts = accounts;
        this.locales = locales;
    }

    @PostMapping("/language")
    String switchLanguage(@RequestParam String lang, @RequestParam(required = false) String back,
                          HttpServletRequest request, HttpServletResponse response) {
        if (Languages.isSupported(lang)) {
            locales.setLocale(request, response, Languages.localeOf(lang));
            CurrentActor.find().ifPresent(actor -> accounts.changeLanguage(actor, lang));
        }
        return "redirect:" + safeBack(back);
    }

    /** Only same-site paths, so the switch cannot be used as an open redirect. */
    static String safeBack(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
