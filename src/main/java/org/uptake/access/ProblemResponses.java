package org.uptake.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json answers from security filters, which run before any controller advice can. */
@Component
class ProblemResponses {

    private final JsonMapper json;
    private final MessageSource messages;

    ProblemResponses(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    void write(HttpServletResponse response, HttpStatus status, String code) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String detail = messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
        json.writeValue(response.getOutputStream(), Map.of(
                "type", "https://uptake.example/problems/" + code.replace("error.", ""),
                "title", status.getReasonPhrase(), "status", status.value(), "detail", detail, "code", code));
    }
}
