package org.uptake.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Languages;

/**
 * The UI language: the signed-in user's saved choice first (so it follows them to any device),
 * then the language cookie set on the login page, then the browser's preference, then English.
 */
public class ActorLocaleResolver implements LocaleResolver {

    public static final String COOKIE = "uptake-lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        var actor = CurrentActor.find();
        if (actor.isPresent() && Languages.isSupported(actor.get().language())) {
            return Languages.localeOf(actor.get().language());
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && Languages.isSupported(c.getValue())) {
                    return Languages.localeOf(c.getValue());
                }
            }
        }
        var requested = request.getLocales();
        while (requested.hasMoreElements()) {
            String lang = requested.nextElement().getLanguage();
            if ("no".equals(lang) || "nn".equals(lang)) {
                lang = "nb";
            }
            if (Languages.isSupported(lang)) {
                return Languages.localeOf(lang);
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var cookie = new Cookie(COOKIE, locale == null ? "en" : locale.getLanguage());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
