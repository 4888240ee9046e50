package org.uptake.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.Role;

@Repository
class AccountRepository {

    private static final String COLUMNS = """
            id, organization_id, person_id, username, roles, system_admin, status, language, time_zone, last_login_at, version""";
    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(long organizationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where organization_id = ? and id = ?")
                .params(organizationId, id).query(this::map).optional();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from user_account where lower(username) = lower(?)")
                .param(username).query(this::map).optional();
    }

    Optional<Account> findByPerson(long organizationId, long personId) {
        return jdbc.sql("select " + COLUMNS + " from user_account where organization_id = ? and person_id = ?")
                .params(organizationId, personId).query(this::map).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from user_account where lower(username) = lower(?))")
                .param(username).query(Boolean.class).single();
    }

    long insert(long organizationId, Long personId, String username, String passwordHash, Collection<Role> roles,
                boolean systemAdmin, AccountStatus status) {
        return jdbc.sql("""
                insert into user_account (organization_id, person_id, username, password_hash, roles, system_admin, status)
                values (?, ?, ?, ?, cast(? as text[]), ?, ?) returning id""")
                .params(organizationId, personId, username, passwordHash, array(roles), systemAdmin, status.name())
                .query(Long.class).single();
    }

    /**
     * Creates INVITED accounts for people with an e-mail and no account yet, optionally only within
     * a unit subtree, in one statement; usernames already used anywhere are skipped. Returns the new ids.
     */
    List<Long> insertForPeople(long organizationId, String unitPathPrefix, Collection<Role> roles) {
        return jdbc.sql("""
                insert into user_account (organization_id, person_id, username, roles, status)
                select p.organization_id, p.id, lower(p.email), cast(:roles as text[]), 'INVITED'
                from person p
                left join unit u on u.id = p.unit_id
                where p.organization_id = :org and p.email is not null and p.employment_status <> 'LEFT'
                  and (cast(:prefix as text) is null or u.path like :prefix || '%')
                  and not exists (select 1 from user_account a where a.person_id = p.id)
                  and not exists (select 1 from user_account a where lower(a.username) = lower(p.email))
                on conflict do nothing
                returning id""")
                .param("org", organizationId).param("prefix", unitPathPrefix).param("roles", array(roles))
                .query(Long.class).list();
    }

    int updateRoles(long organizationId, long id, Collection<Role> roles, int version) {
        return jdbc.sql("""
                update user_account set roles = cast(? as text[]), version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(array(roles), organizationId, id, version).update();
    }

    int updateStatus(long organizationId, long id, AccountStatus status, int version) {
        return jdbc.sql("""
                update user_account set status = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(status.name(), organizationId, id, version).update();
    }

    void setPassword(long id, String hash) {
        jdbc.sql("""
                update user_account set password_hash = ?, status = case when status = 'INVITED' then 'ACTIVE' else status end,
                       version = version + 1, updated_at = now() where id = ?""")
                .params(hash, id).update();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from user_account where id = ?").param(id).query(String.class).optional();
    }

    void setLanguage(long id, String language) {
        jdbc.sql("update user_account set language = ?, updated_at = now() where id = ?").params(language, id).update();
    }

    void setTimeZone(long id, String zone) {
        jdbc.sql("update user_account set time_zone = ?, updated_at = now() where id = ?").params(zone, id).update();
    }

    long countActiveAdminsExcept(long organizationId, long exceptId) {
        return jdbc.sql("""
                select count(*) from user_account where organization_id = ? and id <> ? and status = 'ACTIVE' and 'ADMIN' = any(roles)""")
                .params(organizationId, exceptId).query(Long.class).single();
    }

    List<Long> deactivateForPeople(long organizationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                update user_account set status = 'DEACTIVATED', version = version + 1, updated_at = now()
                where organization_id = ? and person_id = any(cast(? as bigint[])) and status <> 'DEACTIVATED' returning id""")
                .params(organizationId, "{" + personIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}")
                .query(Long.class).list();
    }

    /** Accounts a reset link may be sent to: by username, or by their person's e-mail; never deactivated ones. */
    List<Long> findForReset(String login) {
        return jdbc.sql("""
                select a.id from user_account a
                where lower(a.username) = lower(:login) and a.status <> 'DEACTIVATED'
                union
                select a.id from person p join user_account a on a.person_id = p.id
                where lower(p.email) = lower(:login) and a.status <> 'DEACTIVATED'
                limit 10""")
                .param("login", login).query(Long.class).list();
    }

    /** Signs the user out everywhere except, optionally, the session making the change. */
    void endSessions(String username, String keepSessionId) {
        jdbc.sql("delete from spring_session where principal_name = ? and session_id <> coalesce(?, '')")
                .params(username, keepSessionId).update();
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = ?").param(id).query(this::map).optional();
    }

    boolean anyAccountExists() {
        return jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single();
    }

    String emailOf(long id) {
        return jdbc.sql("""
                select coalesce(p.email, case when a.username like '%@%' then a.username end)
                from user_account a left join person p on p.id = a.person_id where a.id = ?""")
                .param(id).query(String.class).optional().orElse(null);
    }

    private static String array(Collection<Role> roles) {
        return "{" + roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")) + "}";
    }

    private Account map(ResultSet rs, int n) throws SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        return new Account(rs.getLong("id"), rs.getLong("organization_id"), rs.getObject("person_id", Long.class),
                rs.getString("username"), ActorLoader.roles(rs.getArray("roles")), rs.getBoolean("system_admin"),
                AccountStatus.valueOf(rs.getString("status")), rs.getString("language"), rs.getString("time_zone"),
                last == null ? null : last.toInstant(), rs.getInt("version"));
    }
}
