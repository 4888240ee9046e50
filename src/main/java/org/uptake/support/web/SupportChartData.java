package org.uptake.support.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.support.trend.Trends;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trend charts' data as JSON for data-* attributes: the pages run no inline script (CSP), so the
 * chart script reads its series from the element.
 */
@Component
class SupportChartData {

    private final JsonMapper json;
    private final MessageSource messages;

    SupportChartData(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    String weeks(Trends t) {
        return json(t.weeks().stream().map(LocalDate::toString).toList());
    }

    /** One stacked series per kind of problem, named in the reader's language. */
    String byType(Trends t, Locale locale) {
        List<Map<String, Object>> series = new ArrayList<>();
        t.reportedByType().forEach((type, counts) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", messages.getMessage("support.type." + type, null, type, locale));
            s.put("data", counts);
            series.add(s);
        });
        return json(series);
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }
}
