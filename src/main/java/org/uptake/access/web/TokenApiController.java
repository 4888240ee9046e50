package org.uptake.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.access.ApiToken;
import org.uptake.access.ApiTokenService;
import org.uptake.access.IssuedToken;
import org.uptake.shared.CurrentActor;

@Tag(name = "Tokens", description = "Personal API tokens: create with username and password, list, revoke")
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {

    private final ApiTokenService tokens;
    private final MessageSource messages;

    TokenApiController(ApiTokenService tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    /** What a client sends to get its first token. */
    record TokenRequest(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 200) String password,
                        @NotBlank @Size(max = 100) String name, List<String> scopes, Integer validDays) {
    }

    /** The new token: {@code token} is the secret, shown this once. */
    record TokenCreated(long id, String name, List<String> scopes, Instant expiresAt, String token) {
        static TokenCreated of(IssuedToken issued) {
            ApiToken t = issued.token();
            return new TokenCreated(t.id(), t.name(), t.scopes(), t.expiresAt(), issued.secret());
        }
    }

    @PostMapping
    @Operation(summary = "Creates a token for the account named by username and password (no bearer token needed); "
            + "wrong credentials answer 401, too many failures 429 — the same limit as the sign-in form")
    ResponseEntity<?> create(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        try {
            IssuedToken issued = tokens.issueWithPassword(request.username(), request.password(), http.getRemoteAddr(),
                    request.name(), request.scopes(), request.validDays());
            return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id())).body(TokenCreated.of(issued));
        } catch (LockedException e) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, "login.throttled");
        } catch (AuthenticationException e) {
            return problem(HttpStatus.UNAUTHORIZED, "login.failed");
        }
    }

    @GetMapping
    @Operation(summary = "The caller's tokens, newest first (never their secrets)")
    List<ApiToken> mine() {
        return tokens.mine(CurrentActor.get());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revokes one of the caller's tokens; it is refused with 401 from then on")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, code, LocaleContextHolder.getLocale()));
        p.setType(URI.create("https://uptake.example/problems/" + code));
        p.setProperty("code", code);
        return ResponseEntity.status(status).body(p);
    }
}
