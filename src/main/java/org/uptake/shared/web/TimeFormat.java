package org.uptake.shared.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.uptake.shared.CurrentActor;

/** Shows stored UTC instants in the viewer's own time zone and language ({@code ${@time.format(x)}} in templates). */
@Component("time")
public class TimeFormat {

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(zone())
                .format(instant);
    }

    public ZoneId zone() {
        String tz = CurrentActor.find().map(a -> a.timeZone()).orElse("UTC");
        try {
            return ZoneId.of(tz == null ? "UTC" : tz);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
