package org.uptake.access;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountLinks.Purpose;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;

/**
 * Setting a password through a mailed link: accepting an invitation or resetting a forgotten
 * password. Asking for a reset never tells whether an account exists; a link works once, only
 * until it expires, and never for a deactivated account.
 */
@Service
public class PasswordService {

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final LoginThrottle throttle;
    private final ActorLoader actors;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    PasswordService(AccountRepository accounts, AccountLinks links, LoginThrottle throttle, ActorLoader actors,
                    PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.links = links;
        this.throttle = throttle;
        this.actors = actors;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Who a link is for, shown on the page where they choose the password. */
    public record PendingLink(String username) {
    }

    /** Mails a reset link to every account the login names (username or e-mail); answers nothing either way. */
    @Transactional
    public void requestReset(String login) {
        if (login == null || login.isBlank() || login.length() > 254) {
            return;
        }
        for (long id : accounts.findForReset(login.strip())) {
            if (links.sendPasswordReset(id)) {
                accounts.findById(id).ifPresent(a -> audit.action(Actor.system(a.organizationId()), AccountService.ENTITY, id,
                        "password-reset-requested", Map.of()));
            }
        }
    }

    public Optional<PendingLink> invitation(String secret) {
        return pending(secret, Purpose.INVITATION);
    }

    public Optional<PendingLink> reset(String secret) {
        return pending(secret, Purpose.PASSWORD_RESET);
    }

    @Transactional
    public void acceptInvitation(String secret, String password, String confirmation) {
        setThroughLink(secret, Purpose.INVITATION, password, confirmation);
    }

    @Transactional
    public void resetPassword(String secret, String password, String confirmation) {
        setThroughLink(secret, Purpose.PASSWORD_RESET, password, confirmation);
    }

    private Optional<PendingLink> pending(String secret, Purpose purpose) {
        return links.peek(secret, purpose).flatMap(accounts::findById).map(a -> new PendingLink(a.username()));
    }

    /** The password is checked before the link is used up, so a weak first try does not burn the link. */
    private void setThroughLink(String secret, Purpose purpose, String password, String confirmation) {
        Account account = links.peek(secret, purpose).flatMap(accounts::findById)
                .orElseThrow(() -> new InvalidInputException(null, "account.error.linkInvalid"));
        PasswordPolicy.require(password, confirmation, account.username());
        long id = links.consume(secret, purpose).orElseThrow(() -> new InvalidInputException(null, "account.error.linkInvalid"));
        accounts.setPassword(id, encoder.encode(password));
        accounts.endSessions(account.username(), null);
        throttle.recordSuccess(account.username());
        Actor self = actors.load(id).orElse(Actor.system(account.organizationId()));
        audit.action(self, AccountService.ENTITY, id, "password-set",
                Map.of("through", purpose == Purpose.INVITATION ? "invitation" : "reset"));
    }
}
