package org.uptake.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

/** Reads for the accounts admin: people with their accounts, one keyset page per query. */
@Repository
class AccountListRepository {

    /** The expression of org's trigram index person_search; searching through it keeps the index in use. */
    private static final String SEARCH_EXPR = "lower(p.full_name || ' ' || coalesce(p.email, '') || ' ' || coalesce(p.employee_number, ''))";
    private static final String ROW_COLUMNS = """
            p.id as person_id, p.full_name, p.email, p.employment_status, u.name as unit_name,
            a.id as account_id, a.username, a.roles, a.status, a.last_login_at""";

    private final JdbcClient jdbc;

    AccountListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The WHERE clause holds only the filters given (docs/adr/0005), so each shape keeps its index. */
    List<AccountRow> page(long organizationId, AccountFilter filter, String unitPathPrefix, PageRequest request) {
        List<String> where = new ArrayList<>(List.of("p.organization_id = :org"));
        Map<String, Object> params = new HashMap<>(Map.of("org", organizationId, "limit", request.size() + 1));
        if (request.search() != null) {
            where.add(SEARCH_EXPR + " like lower(:pattern)");
            params.put("pattern", request.likePattern());
        }
        if (filter.account() == AccountFilter.Has.NONE) {
            where.add("a.id is null");
        } else if (filter.account() != null) {
            where.add("a.status = :status");
            params.put("status", filter.account().name());
        }
        if (filter.role() != null) {
            where.add("a.roles @> array[cast(:role as text)]");
            params.put("role", filter.role().name());
        }
        if (unitPathPrefix != null) {
            where.add("u.path like :unitPrefix");
            params.put("unitPrefix", unitPathPrefix + "%");
        }
        Cursor after = request.cursor();
        if (after != null) {
            where.add("(lower(p.full_name), p.id) > (:afterKey, :afterId)");
            params.put("afterKey", after.key());
            params.put("afterId", after.id());
        }
        return jdbc.sql("select " + ROW_COLUMNS + """

                from person p
                left join unit u on u.id = p.unit_id
                left join user_account a on a.person_id = p.id
                where\s""" + String.join(" and ", where) + """

                order by lower(p.full_name), p.id limit :limit""")
                .params(params).query(this::row).list();
    }

    /** Accounts that belong to no person (rare: the first admin of an empty organisation). */
    List<AccountRow> withoutPerson(long organizationId) {
        return jdbc.sql("""
                select null as person_id, null as full_name, null as email, null as employment_status, null as unit_name,
                       a.id as account_id, a.username, a.roles, a.status, a.last_login_at
                from user_account a where a.organization_id = ? and a.person_id is null
                order by lower(a.username), a.id limit 50""")
                .param(organizationId).query(this::row).list();
    }

    /** How many people a bulk creation would reach: e-mail, not left, no account, address not yet a username. */
    long invitableCount(long organizationId, String unitPathPrefix) {
        String subtree = unitPathPrefix == null ? "" : " and exists (select 1 from unit u where u.id = p.unit_id and u.path like :prefix)";
        var query = jdbc.sql("""
                select count(*) from person p
                where p.organization_id = :org and p.email is not null and p.employment_status <> 'LEFT'
                  and not exists (select 1 from user_account a where a.person_id = p.id)
                  and not exists (select 1 from user_account a where lower(a.username) = lower(p.email))""" + subtree)
                .param("org", organizationId);
        return (unitPathPrefix == null ? query : query.param("prefix", unitPathPrefix + "%")).query(Long.class).single();
    }

    /**
     * The admin's home figures in one pass over people and accounts. "Without an account" here
     * ignores the rare person whose address is already someone else's username; the bulk page
     * counts exactly.
     */
    AccountOverview overview(long organizationId) {
        return jdbc.sql("""
                select count(*) filter (where a.status = 'INVITED') as invited,
                       count(*) filter (where a.status = 'ACTIVE') as active,
                       count(*) filter (where a.status = 'DEACTIVATED') as deactivated,
                       count(*) filter (where a.id is null and p.email is not null and p.employment_status <> 'LEFT') as invitable
                from (select id, email, employment_status from person where organization_id = :org) p
                full join (select id, person_id, status from user_account where organization_id = :org) a on a.person_id = p.id""")
                .param("org", organizationId)
                .query((rs, n) -> new AccountOverview(rs.getLong("invited"), rs.getLong("active"), rs.getLong("deactivated"),
                        rs.getLong("invitable"), 0, 0, 0))
                .single();
    }

    /** The accounts a picker offers while the admin types (audit log filter). */
    List<AccountRow> pick(long organizationId, String likePattern, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("org", organizationId, "limit", limit));
        String search = "";
        if (likePattern != null) {
            search = " and (lower(a.username) like lower(:pattern) or lower(p.full_name) like lower(:pattern))";
            params.put("pattern", likePattern);
        }
        return jdbc.sql("""
                select p.id as person_id, p.full_name, p.email, p.employment_status, null as unit_name,
                       a.id as account_id, a.username, a.roles, a.status, a.last_login_at
                from user_account a left join person p on p.id = a.person_id
                where a.organization_id = :org""" + search + " order by lower(a.username), a.id limit :limit")
                .params(params).query(this::row).list();
    }

    private AccountRow row(ResultSet rs, int n) throws SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        var roles = rs.getArray("roles");
        return new AccountRow(rs.getObject("person_id", Long.class), rs.getString("full_name"), rs.getString("email"),
                rs.getString("employment_status"), rs.getString("unit_name"), rs.getObject("account_id", Long.class),
                rs.getString("username"),
                roles == null ? List.of() : Arrays.stream((Object[]) roles.getArray()).map(Object::toString).sorted().toList(),
                rs.getString("status"), last == null ? null : last.toInstant());
    }
}
