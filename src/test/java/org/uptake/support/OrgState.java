package org.uptake.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of everything an organisation holds in the org model (every column of every
 * person, unit and position, the audit trail and the accounts), to show that a refused change
 * changed nothing at all.
 */
public record OrgState(String people, String units, String positions, long auditEntries, String accounts) {

    public static OrgState of(JdbcClient jdbc, long organizationId) {
        return new OrgState(
                digest(jdbc, "select md5(coalesce(string_agg(p::text, '|' order by p.id), '')) from person p where organization_id = ?", organizationId),
                digest(jdbc, "select md5(coalesce(string_agg(u::text, '|' order by u.id), '')) from unit u where organization_id = ?", organizationId),
                digest(jdbc, "select md5(coalesce(string_agg(p::text, '|' order by p.id), '')) from position p where organization_id = ?", organizationId),
                jdbc.sql("select count(*) from audit_entry where organization_id = ? and entity_type <> 'import'")
                        .param(organizationId).query(Long.class).single(),
                digest(jdbc, "select md5(coalesce(string_agg(a::text, '|' order by a.id), '')) from user_account a where organization_id = ?", organizationId));
    }

    private static String digest(JdbcClient jdbc, String sql, long organizationId) {
        return jdbc.sql(sql).param(organizationId).query(String.class).single();
    }
}
