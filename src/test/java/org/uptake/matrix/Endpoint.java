package org.uptake.matrix;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.http.HttpMethod;
import org.uptake.shared.Role;

/**
 * One row of the permission matrix: an endpoint, who may use it, and how to build a concrete
 * request for a world (URL with fresh ids; form or JSON body). {@code target} says which
 * dimensions apply: ORGANIZATION rows are also tried with another organisation's ids (expect 404),
 * UNIT rows also with a record outside the unit head's subtree (expect it hidden).
 */
public record Endpoint(HttpMethod method, String pattern, Kind kind, Set<Role> allowed, Target target,
                       BiFunction<World, Boolean, String> url, BiFunction<World, Boolean, String> body) {

    public enum Kind { PAGE, API, PUBLIC }

    public enum Target { NONE, ORGANIZATION, UNIT }

    public static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    public static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
    public static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER);
    public static final Set<Role> READERS_AND_HEADS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER, Role.UNIT_HEAD);
    /** Only the system administrator (not a role of the organisation; checked through the actor's flag). */
    public static final Set<Role> SYSTEM = EnumSet.noneOf(Role.class);

    public String key() {
        return method.name() + " " + pattern;
    }

    public static Endpoint page(HttpMethod method, String pattern, Set<Role> allowed, Target target,
                                BiFunction<World, Boolean, String> url) {
        return new Endpoint(method, pattern, Kind.PAGE, allowed, target, url, (w, own) -> null);
    }

    public static Endpoint page(HttpMethod method, String pattern, Set<Role> allowed, Target target,
                                BiFunction<World, Boolean, String> url, BiFunction<World, Boolean, String> form) {
        return new Endpoint(method, pattern, Kind.PAGE, allowed, target, url, form);
    }

    public static Endpoint api(HttpMethod method, String pattern, Set<Role> allowed, Target target,
                               BiFunction<World, Boolean, String> url, BiFunction<World, Boolean, String> json) {
        return new Endpoint(method, pattern, Kind.API, allowed, target, url, json);
    }

    public static Endpoint open(HttpMethod method, String pattern, String url) {
        return new Endpoint(method, pattern, Kind.PUBLIC, EVERYONE, Target.NONE, (w, own) -> url, (w, own) -> null);
    }

    public static Endpoint simple(HttpMethod method, String pattern, Kind kind, Set<Role> allowed) {
        return new Endpoint(method, pattern, kind, allowed, Target.NONE, (w, own) -> pattern, (w, own) -> null);
    }
}
