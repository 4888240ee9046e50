package org.uptake.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.uptake.shared.Actor;

/** Checks a username and password, subject to the login throttle, and yields the account's {@link Actor}. */
@Component
class PasswordSignIn implements AuthenticationProvider {

    /** Compared against when the username is unknown, so timing does not reveal which usernames exist. */
    private final String dummyHash;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final ActorLoader actors;

    PasswordSignIn(JdbcClient jdbc, PasswordEncoder encoder, LoginThrottle throttle, ActorLoader actors) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.throttle = throttle;
        this.actors = actors;
        this.dummyHash = encoder.encode(java.util.UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).strip();
        String password = String.valueOf(authentication.getCredentials());
        Actor actor = check(username, password, remoteIp());
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, SecurityConfiguration.authorities(actor));
    }

    /** Returns the actor or throws {@link LockedException} (throttled) / {@link BadCredentialsException}. */
    Actor check(String username, String password, String remoteIp) {
        if (username.isEmpty() || username.length() > 254 || throttle.isBlocked(username, remoteIp)) {
            throw new LockedException("login.throttled");
        }
        record Candidate(long id, String hash) {
        }
        Optional<Candidate> candidate = jdbc.sql("""
                select id, password_hash from user_account where lower(username) = lower(?) and status = 'ACTIVE' and password_hash is not null""")
                .param(username).query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2))).optional();
        boolean matches = encoder.matches(password, candidate.map(Candidate::hash).orElse(dummyHash));
        Optional<Actor> actor = candidate.filter(c -> matches).flatMap(c -> actors.load(c.id()));
        if (actor.isEmpty()) {
            throttle.recordFailure(username, remoteIp);
            throw new BadCredentialsException("login.failed");
        }
        throttle.recordSuccess(username);
        jdbc.sql("update user_account set last_login_at = now() where id = ?").param(actor.get().userId()).update();
        return actor.get();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String remoteIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
