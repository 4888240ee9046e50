package org.uptake.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.uptake.shared.Actor;

/**
 * Reloads the signed-in actor from the database on each page request: roles, language and the
 * unit-head scope are always current, and a deactivated account is signed out on its next click.
 */
class ActorRefreshFilter extends OncePerRequestFilter {

    private final ActorLoader actors;

    ActorRefreshFilter(ActorLoader actors) {
        this.actors = actors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor stored) {
            var fresh = actors.load(stored.userId());
            var context = SecurityContextHolder.createEmptyContext();
            if (fresh.isPresent()) {
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        fresh.get(), null, SecurityConfiguration.authorities(fresh.get())));
            } else {
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
