package org.uptake.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.uptake.shared.error.Violation;

/**
 * An upload over the limit fails while the request is being read, before any controller is
 * chosen — so the advice of the API or the pages never sees it. This advice is not tied to a
 * controller and answers it the way each side expects: problem+json or the error page, both 413.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class UploadLimitAdvice {

    private final MessageSource messages;

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String detail = messages.getMessage("error.tooLarge", null, "error.tooLarge", LocaleContextHolder.getLocale());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            problem.setType(URI.create("https://uptake.example/problems/tooLarge"));
            problem.setProperty("code", "error.tooLarge");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var page = new ModelAndView("error");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
        page.addObject("violations", List.of(Violation.of(null, "error.tooLarge")));
        return page;
    }
}
