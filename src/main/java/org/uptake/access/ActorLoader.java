package org.uptake.access;

import java.sql.Array;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * Builds the {@link Actor} for an account from the database on every request, so a role change
 * or a deactivation takes effect at once rather than when the session ends. A person who heads
 * or acts for a unit is a unit head for that subtree even without the explicit role.
 */
@Component
class ActorLoader {

    private final JdbcClient jdbc;

    ActorLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Actor> load(long userId) {
        return jdbc.sql("""
                select a.id, a.organization_id, a.person_id, a.username, coalesce(p.full_name, a.username) as display_name,
                       a.roles, a.system_admin,
                       coalesce(a.language, p.language, o.default_language) as language,
                       coalesce(a.time_zone, p.time_zone, o.default_time_zone) as time_zone,
                       exists (select 1 from unit u where u.organization_id = a.organization_id
                               and (u.head_person_id = a.person_id or u.acting_head_person_id = a.person_id)) as heads_unit
                from user_account a
                join organization o on o.id = a.organization_id and o.active
                left join person p on p.id = a.person_id
                where a.id = ? and a.status = 'ACTIVE'""")
                .param(userId)
                .query((rs, n) -> {
                    Set<Role> roles = roles(rs.getArray("roles"));
                    if (rs.getBoolean("heads_unit")) {
                        roles.add(Role.UNIT_HEAD);
                    }
                    Long personId = rs.getObject("person_id", Long.class);
                    return new Actor(rs.getLong("id"), rs.getLong("organization_id"), personId,
                            rs.getString("username"), rs.getString("display_name"), roles, rs.getBoolean("system_admin"),
                            rs.getString("language"), rs.getString("time_zone"));
                })
                .optional();
    }

    static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                roles.add(Role.valueOf(o.toString()));
            }
        }
        return roles;
    }
}
