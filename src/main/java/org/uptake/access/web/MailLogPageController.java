package org.uptake.access.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.mail.MailOutbox;

/** The organisation's mail log for admins: what waits, what was sent, what failed and why; failed mail can be retried. */
@Controller
@RequestMapping("/admin/mail")
class MailLogPageController {

    static final List<String> STATUSES = List.of("PENDING", "SENT", "FAILED");
    private final MailOutbox outbox;

    MailLogPageController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String log(@RequestParam(required = false) String status, @RequestParam(required = false) String after, Model model,
               HttpServletRequest request) {
        String wanted = status != null && STATUSES.contains(status) ? status : null;
        model.addAttribute("page", outbox.log(CurrentActor.get(), wanted, after, 50));
        model.addAttribute("status", wanted);
        if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
            return "access/mail :: rows";
        }
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("smtpConfigured", outbox.deliveryConfigured());
        return "access/mail";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes flash) {
        try {
            outbox.retry(CurrentActor.get(), id);
            flash.addFlashAttribute("flashMessage", Violation.of(null, "mail.log.retried"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flashViolations", e.violations());
        }
        return "redirect:/admin/mail";
    }
}
