package org.uptake.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * Renders failures of HTML pages as a page in the user's language (or, for htmx requests, as a
 * fragment the page swaps in). Forms handle their own validation errors inline; what reaches
 * this class is everything a form did not expect.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
public class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return error(request, response, HttpStatus.NOT_FOUND, List.of(Violation.of(null, "error.notFound")));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
        return error(request, response, HttpStatus.FORBIDDEN, List.of(Violation.of(null, "error.forbidden")));
    }

    @ExceptionHandler(StaleVersionException.class)
    ModelAndView stale(HttpServletRequest request, HttpServletResponse response) {
        return error(request, response, HttpStatus.CONFLICT, List.of(Violation.of(null, "error.stale")));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
        log.info("Integrity violation answered with 409: {}", e.getMostSpecificCause().getMessage());
        return error(request, response, HttpStatus.CONFLICT, List.of(Violation.of(null, "error.integrity")));
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
        return error(request, response, HttpStatus.BAD_REQUEST, e.violations());
    }

    /** A form field that does not convert (a word where a number belongs) reached a handler without a BindingResult. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            org.springframework.validation.BindException.class})
    ModelAndView badParameter(HttpServletRequest request, HttpServletResponse response) {
        return error(request, response, HttpStatus.BAD_REQUEST, List.of(Violation.of(null, "error.badRequest")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpServletRequest request, HttpServletResponse response) {
        return error(request, response, HttpStatus.METHOD_NOT_ALLOWED, List.of(Violation.of(null, "error.badRequest")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return error(request, response, HttpStatus.CONTENT_TOO_LARGE, List.of(Violation.of(null, "error.tooLarge")));
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView multipart(HttpServletRequest request, HttpServletResponse response) {
        return error(request, response, HttpStatus.BAD_REQUEST, List.of(Violation.of(null, "error.badUpload")));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return error(request, response, HttpStatus.INTERNAL_SERVER_ERROR, List.of(Violation.of(null, "error.unexpected")));
    }

    private ModelAndView error(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               List<Violation> violations) {
        boolean htmx = request.getHeader("HX-Request") != null;
        var mav = new ModelAndView(htmx ? "fragments/error :: message" : "error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("violations", violations);
        if (htmx) {
            // htmx does not swap 4xx answers by default; retarget the message into the page's error slot.
            response.setHeader("HX-Retarget", "#flash");
            response.setHeader("HX-Reswap", "innerHTML");
        }
        return mav;
    }
}
