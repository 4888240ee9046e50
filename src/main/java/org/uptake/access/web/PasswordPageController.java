package org.uptake.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.access.PasswordService;
import org.uptake.access.PasswordService.PendingLink;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/**
 * The pages reached without signing in: accepting an invitation, asking for a password reset and
 * using the reset link. A dead link (used, expired, unknown, deactivated account) answers 410
 * with the same words in every case.
 */
@Controller
class PasswordPageController {

    private static final String SET = "access/password/set";
    private static final String DEAD = "access/password/invalid";

    private final PasswordService passwords;

    PasswordPageController(PasswordService passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/invitation/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        return showSet(passwords.invitation(token), "invitation", token, List.of(), model, response);
    }

    @PostMapping("/invitation/{token}")
    String acceptInvitation(@PathVariable String token, @RequestParam(required = false) String password,
                            @RequestParam(required = false) String confirmPassword, Model model, HttpServletResponse response) {
        return set("invitation", token, () -> passwords.acceptInvitation(token, password, confirmPassword), model, response);
    }

    @GetMapping("/password-reset")
    String requestForm() {
        return "access/password/request";
    }

    /** The same answer whether or not an account matched, so the page cannot be used to find accounts. */
    @PostMapping("/password-reset")
    String request(@RequestParam(required = false) String login, Model model) {
        passwords.requestReset(login);
        model.addAttribute("sent", true);
        return "access/password/request";
    }

    @GetMapping("/password-reset/{token}")
    String reset(@PathVariable String token, Model model, HttpServletResponse response) {
        return showSet(passwords.reset(token), "reset", token, List.of(), model, response);
    }

    @PostMapping("/password-reset/{token}")
    String resetPassword(@PathVariable String token, @RequestParam(required = false) String password,
                         @RequestParam(required = false) String confirmPassword, Model model, HttpServletResponse response) {
        return set("reset", token, () -> passwords.resetPassword(token, password, confirmPassword), model, response);
    }

    /** Sets the password and sends the person to sign in; a refused password shows the form again with the reason. */
    private String set(String purpose, String token, Runnable setPassword, Model model, HttpServletResponse response) {
        try {
            setPassword.run();
            return "redirect:/login?passwordSet";
        } catch (InvalidInputException e) {
            var link = "invitation".equals(purpose) ? passwords.invitation(token) : passwords.reset(token);
            return showSet(link, purpose, token, e.violations(), model, response);
        }
    }

    private String showSet(Optional<PendingLink> link, String purpose, String token, List<Violation> violations,
                           Model model, HttpServletResponse response) {
        if (link.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return DEAD;
        }
        model.addAttribute("username", link.get().username());
        model.addAttribute("purpose", purpose);
        model.addAttribute("action", ("invitation".equals(purpose) ? "/invitation/" : "/password-reset/") + token);
        model.addAttribute("violations", violations);
        return SET;
    }
}
