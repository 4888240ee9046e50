package org.uptake.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
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
                select id, at, actor_name, entity_type, entity_id, action, changes from audit_entry
                where organization_id = ? and entity_type = ? and entity_id = ?
                order by id desc limit ?""")
                .params(organizationId, entityType, entityId, limit)
                .query(this::map).list();
    }

    List<AuditEntry> findRecent(long organizationId, Long beforeId, int limit) {
        return jdbc.sql("""
                select id, at, actor_name, entity_type, entity_id, action, changes from audit_entry
                where organization_id = ? and id < ? order by id desc limit ?""")
                .params(organizationId, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
                .query(this::map).list();
    }

    private AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
                rs.getString("entity_type"), rs.getLong("entity_id"), rs.getString("action"),
                json.readValue(rs.getString("changes"), MAP));
    }
}
