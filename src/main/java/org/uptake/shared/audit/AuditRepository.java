package org.uptake.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.Actor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AuditRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Actor actor, String entityType, long entityId, String action, Map<String, Object> changes) {
        jdbc.sql("""
                insert into audit_entry (organization_id, actor_user_id, actor_name, entity_type, entity_id, action, changes)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(actor.organizationId(), actor.userId() == 0 ? null : actor.userId(), actor.displayName(),
                        entityType, entityId, action, json.writeValueAsString(changes))
                .update();
    }

    List<AuditEntry> findForEntity(long organizationId, String entityType, long entityId, int limit) {
        return jdbc.sql("""
                select id, at, actor_user_id, actor_name, entity_type, entity_id, action, changes from audit_entry
                where organization_id = ? and entity_type = ? and entity_id = ?
                order by id desc limit ?""")
                .params(organizationId, entityType, entityId, limit)
                .query(this::map).list();
    }

    List<AuditEntry> findRecent(long organizationId, Long beforeId, int limit) {
        return jdbc.sql("""
                select id, at, actor_user_id, actor_name, entity_type, entity_id, action, changes from audit_entry
                where organization_id = ? and id < ? order by id desc limit ?""")
                .params(organizationId, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
                .query(this::map).list();
    }

    /** The same action on many records in one statement (bulk account creation: thousands at once). */
    void insertForEach(Actor actor, String entityType, Collection<Long> entityIds, String action, Map<String, Object> changes) {
        jdbc.sql("""
                insert into audit_entry (organization_id, actor_user_id, actor_name, entity_type, entity_id, action, changes)
                select ?, ?, ?, ?, id, ?, cast(? as jsonb) from unnest(cast(? as bigint[])) as id""")
                .params(actor.organizationId(), actor.userId() == 0 ? null : actor.userId(), actor.displayName(),
                        entityType, action, json.writeValueAsString(changes), idArray(entityIds))
                .update();
    }

    /**
     * One page of the organisation's trail, newest first. The WHERE clause holds only the filters
     * given, so each shape uses its own index (see docs/adr/0005).
     */
    List<AuditEntry> search(long organizationId, AuditQuery query) {
        List<String> where = new ArrayList<>(List.of("organization_id = :org"));
        Map<String, Object> params = new HashMap<>(Map.of("org", organizationId, "limit", query.size() + 1));
        if (query.entityType() != null) {
            where.add("entity_type = :type");
            params.put("type", query.entityType());
        }
        if (query.entityId() != null) {
            where.add("entity_id = :entityId");
            params.put("entityId", query.entityId());
        }
        if (query.userId() != null) {
            where.add("actor_user_id = :userId");
            params.put("userId", query.userId());
        }
        if (query.afterId() != null) {
            where.add("id < :afterId");
            params.put("afterId", query.afterId());
        }
        return jdbc.sql("select id, at, actor_user_id, actor_name, entity_type, entity_id, action, changes from audit_entry where "
                        + String.join(" and ", where) + " order by id desc limit :limit")
                .params(params).query(this::map).list();
    }

    static String idArray(Collection<Long> ids) {
        StringBuilder sb = new StringBuilder("{");
        for (Long id : ids) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(id);
        }
        return sb.append('}').toString();
    }

    private AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getObject("actor_user_id", Long.class),
                rs.getString("actor_name"),
                rs.getString("entity_type"), rs.getLong("entity_id"), rs.getString("action"),
                json.readValue(rs.getString("changes"), MAP));
    }
}
