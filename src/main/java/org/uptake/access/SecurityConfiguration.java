package org.uptake.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.uptake.shared.Actor;

/**
 * Two doors: the API (bearer tokens, no session, no cookies, so no CSRF) and the pages (form
 * sign-in, sessions in PostgreSQL, CSRF on every form). Business permissions are checked in the
 * services; this class only decides who is signed in and what a token's scopes allow.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    static List<GrantedAuthority> authorities(Actor actor) {
        List<GrantedAuthority> list = new ArrayList<>();
        actor.roles().forEach(r -> list.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (actor.systemAdmin()) {
            list.add(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"));
        }
        return list;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
                        // The new system's integration sends usage events with a token that can do nothing else.
                        .requestMatchers(HttpMethod.POST, "/api/v1/adoption-events").hasAuthority("SCOPE_adoption")
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAuthority("SCOPE_read")
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAuthority("SCOPE_read")
                        .anyRequest().hasAuthority("SCOPE_write"))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .addFilterAfter(new BearerTokenFilter(tokens), SecurityContextHolderFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(res, HttpStatus.UNAUTHORIZED, "error.unauthorized"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(res, HttpStatus.FORBIDDEN, "error.scope")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, PasswordSignIn signIn, ActorLoader actors) throws Exception {
        var loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/vendor/**", "/favicon.ico",
                                "/error", "/invitation/**", "/password-reset/**", "/training/calendar/**", "/language", "/actuator/health",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                // The only authentication manager, without a parent: Spring would otherwise also make the
                // PasswordSignIn bean the global parent and ask it again after every failure, counting
                // each wrong password twice against the throttle.
                .authenticationManager(new ProviderManager(signIn))
                .formLogin(f -> f.loginPage("/login")
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath()
                                + (ex instanceof LockedException ? "/login?throttled" : "/login?error")))
                        .permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterAfter(new ActorRefreshFilter(actors), SecurityContextHolderFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
                    if (req.getHeader("HX-Request") != null) {
                        // htmx follows redirects silently; make it load the login page as a whole page instead.
                        res.setHeader("HX-Redirect", req.getContextPath() + "/login");
                        res.setStatus(HttpStatus.UNAUTHORIZED.value());
                        res.setContentType(MediaType.TEXT_PLAIN_VALUE);
                    } else {
                        loginPage.commence(req, res, ex);
                    }
                }));
        return http.build();
    }
}
