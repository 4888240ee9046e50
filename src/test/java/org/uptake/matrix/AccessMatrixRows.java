package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.uptake.matrix.Endpoint.ADMINS;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.SYSTEM;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.open;
import static org.uptake.matrix.Endpoint.page;

import java.util.ArrayList;
import java.util.List;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;

/**
 * Matrix rows of the access module: accounts admin, profile and tokens, the audit and mail logs,
 * the link pages reached without signing in, and the system administrator's organisations.
 */
final class AccessMatrixRows {

    private AccessMatrixRows() {
    }

    private static long person(World w) {
        return w.fixtures().person(w.admin(), "Matrix person", null, null).id();
    }

    private static long account(World w) {
        return w.fixtures().user(w.admin(), null, Role.EMPLOYEE).userId();
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(accounts());
        rows.addAll(profile());
        rows.addAll(logs());
        rows.addAll(withoutSignIn());
        rows.addAll(organizations());
        return rows;
    }

    static List<Endpoint> accounts() {
        return List.of(
                page(GET, "/admin/accounts", ADMINS, NONE, (w, own) -> "/admin/accounts?q=a"),
                page(GET, "/admin/accounts/picker", ADMINS, NONE, (w, own) -> "/admin/accounts/picker?q=a"),
                page(GET, "/admin/accounts/person/{personId}", ADMINS, ORGANIZATION, (w, own) -> "/admin/accounts/person/" + person(w)),
                page(GET, "/admin/accounts/{id}", ADMINS, ORGANIZATION, (w, own) -> "/admin/accounts/" + account(w)),
                page(POST, "/admin/accounts", ADMINS, ORGANIZATION, (w, own) -> "/admin/accounts", (w, own) -> "personId=" + person(w)),
                page(GET, "/admin/accounts/bulk", ADMINS, ORGANIZATION, (w, own) -> "/admin/accounts/bulk?unitId=" + w.unit(true)),
                page(POST, "/admin/accounts/bulk", ADMINS, ORGANIZATION, (w, own) -> "/admin/accounts/bulk",
                        (w, own) -> "unitId=" + w.unit(true) + "&roles=EMPLOYEE"),
                page(POST, "/admin/accounts/{id}/roles", ADMINS, ORGANIZATION, (w, own) -> "/admin/accounts/" + account(w) + "/roles",
                        (w, own) -> "roles=EMPLOYEE&roles=VIEWER&version=0"),
                page(POST, "/admin/accounts/{id}/status", ADMINS, ORGANIZATION, (w, own) -> "/admin/accounts/" + account(w) + "/status",
                        (w, own) -> "status=DEACTIVATED&version=0"),
                page(POST, "/admin/accounts/{id}/invitation", ADMINS, ORGANIZATION,
                        (w, own) -> "/admin/accounts/" + account(w) + "/invitation", (w, own) -> ""));
    }

    static List<Endpoint> profile() {
        return List.of(
                page(GET, "/profile", EVERYONE, NONE, (w, own) -> "/profile"),
                page(POST, "/profile", EVERYONE, NONE, (w, own) -> "/profile", (w, own) -> "language=en&timeZone=UTC"),
                page(POST, "/profile/password", EVERYONE, NONE, (w, own) -> "/profile/password",
                        (w, own) -> "currentPassword=wrong&newPassword=whatever-long-enough&confirmPassword=whatever-long-enough"),
                page(POST, "/profile/tokens", EVERYONE, NONE, (w, own) -> "/profile/tokens",
                        (w, own) -> "name=Matrix&scopes=read&validDays=1"),
                page(POST, "/profile/tokens/{id}/revoke", EVERYONE, ORGANIZATION,
                        (w, own) -> "/profile/tokens/" + w.fixtures().tokenId(w.acting()) + "/revoke"),
                api(GET, "/api/v1/tokens", EVERYONE, NONE, (w, own) -> "/api/v1/tokens", (w, own) -> null),
                api(DELETE, "/api/v1/tokens/{id}", EVERYONE, ORGANIZATION,
                        (w, own) -> "/api/v1/tokens/" + w.fixtures().tokenId(w.acting()), (w, own) -> null));
    }

    static List<Endpoint> logs() {
        return List.of(
                page(GET, "/admin/audit", ADMINS, NONE, (w, own) -> "/admin/audit?type=unit"),
                page(GET, "/admin/mail", ADMINS, NONE, (w, own) -> "/admin/mail?status=FAILED"),
                page(POST, "/admin/mail/{id}/retry", ADMINS, ORGANIZATION,
                        (w, own) -> "/admin/mail/" + w.fixtures().failedMail(w.admin()) + "/retry"));
    }

    /** Invitation and reset pages answer everyone alike; a made-up link is simply dead (410). */
    static List<Endpoint> withoutSignIn() {
        String dead = "never-issued-" + Fixtures.next();
        return List.of(
                open(GET, "/invitation/{token}", "/invitation/" + dead),
                open(POST, "/invitation/{token}", "/invitation/" + dead),
                open(GET, "/password-reset", "/password-reset"),
                open(POST, "/password-reset", "/password-reset?login=nobody-" + dead),
                open(GET, "/password-reset/{token}", "/password-reset/" + dead),
                open(POST, "/password-reset/{token}", "/password-reset/" + dead),
                open(POST, "/api/v1/tokens", "/api/v1/tokens"));
    }

    /** Only the system administrator; no organisation role is enough. */
    static List<Endpoint> organizations() {
        return List.of(
                page(GET, "/admin/organizations", SYSTEM, NONE, (w, own) -> "/admin/organizations"),
                page(GET, "/admin/organizations/new", SYSTEM, NONE, (w, own) -> "/admin/organizations/new"),
                page(POST, "/admin/organizations", SYSTEM, NONE, (w, own) -> "/admin/organizations",
                        (w, own) -> "name=Matrix&slug=matrix-" + Fixtures.next() + "&defaultTimeZone=UTC&defaultLanguage=en"
                                + "&adminFullName=Matrix&adminEmail=m" + Fixtures.next() + "%40example.test"),
                page(GET, "/admin/organizations/{id}/edit", SYSTEM, NONE,
                        (w, own) -> "/admin/organizations/" + w.admin().organizationId() + "/edit"),
                page(POST, "/admin/organizations/{id}", SYSTEM, NONE, (w, own) -> "/admin/organizations/" + w.admin().organizationId(),
                        (w, own) -> "name=Changed&slug=x&defaultTimeZone=UTC&defaultLanguage=en&version=0"));
    }
}
