package org.uptake.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;

/** Personal API tokens: created on the profile page or by POST /api/v1/tokens, stored hashed, revocable. */
@Service
public class ApiTokenService {

    public static final int MAX_DAYS = 366;
    private final ApiTokenRepository tokens;
    private final ActorLoader actors;
    private final PasswordSignIn signIn;
    private final AuditLog audit;

    ApiTokenService(ApiTokenRepository tokens, ActorLoader actors, PasswordSignIn signIn, AuditLog audit) {
        this.tokens = tokens;
        this.actors = actors;
        this.signIn = signIn;
        this.audit = audit;
    }

    /**
     * For API clients that have no token yet: username and password, under the same rate limit as
     * the sign-in form. Throws {@link org.springframework.security.authentication.BadCredentialsException}
     * or, when throttled, {@link org.springframework.security.authentication.LockedException}.
     */
    @Transactional(noRollbackFor = org.springframework.security.core.AuthenticationException.class)
    public IssuedToken issueWithPassword(String username, String password, String remoteIp, String name,
                                         List<String> scopes, Integer validDays) {
        Actor actor = signIn.check(username == null ? "" : username.strip(), password == null ? "" : password, remoteIp);
        return issue(actor, name, scopes, validDays);
    }

    @Transactional
    public IssuedToken issue(Actor actor, String name, List<String> requestedScopes, Integer validDays) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new InvalidInputException("name", "token.error.name");
        }
        List<String> scopes = TokenScope.values(requestedScopes == null ? List.of("read") : requestedScopes);
        if (scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "token.error.scopes");
        }
        int days = validDays == null ? 90 : validDays;
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("validDays", "token.error.validDays", 1, MAX_DAYS);
        }
        String secret = Secrets.generate("upt_");
        Instant expires = Instant.now().plus(days, ChronoUnit.DAYS);
        long id = tokens.insert(actor.organizationId(), actor.userId(), cleanName, Secrets.hash(secret), scopes, expires);
        audit.action(actor, "account", actor.userId(), "token-created", Map.of("token", cleanName, "scopes", String.join(",", scopes)));
        return new IssuedToken(tokens.find(actor.userId(), id).orElseThrow(), secret);
    }

    public List<ApiToken> mine(Actor actor) {
        return tokens.forUser(actor.userId());
    }

    @Transactional
    public void revoke(Actor actor, long id) {
        ApiToken token = tokens.find(actor.userId(), id).orElseThrow(() -> new NotFoundException("token", id));
        if (tokens.revoke(actor.userId(), id) > 0) {
            audit.action(actor, "account", actor.userId(), "token-revoked", Map.of("token", token.name()));
        }
    }

    /** The actor behind a bearer secret and the scopes it grants, if the token is usable. */
    Optional<AuthenticatedToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith("upt_") || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findUsable(Secrets.hash(secret)).flatMap(owner -> {
            if (owner.needsTouch()) {
                tokens.markUsed(owner.tokenId());
            }
            return actors.load(owner.userId()).map(actor -> new AuthenticatedToken(actor, owner.scopes()));
        });
    }

    record AuthenticatedToken(Actor actor, List<String> scopes) {
    }
}
