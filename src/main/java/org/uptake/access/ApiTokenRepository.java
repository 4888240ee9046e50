package org.uptake.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private static final String COLUMNS = "id, name, scopes, created_at, expires_at, revoked_at, last_used_at";
    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organizationId, long userId, String name, String hash, List<String> scopes, Instant expiresAt) {
        return jdbc.sql("""
                insert into api_token (organization_id, user_id, name, token_hash, scopes, expires_at)
                values (?, ?, ?, ?, cast(? as text[]), ?) returning id""")
                .params(organizationId, userId, name, hash, "{" + String.join(",", scopes) + "}",
                        expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    Optional<ApiToken> find(long userId, long id) {
        return jdbc.sql("select " + COLUMNS + " from api_token where user_id = ? and id = ?")
                .params(userId, id).query(this::map).optional();
    }

    List<ApiToken> forUser(long userId) {
        return jdbc.sql("select " + COLUMNS + " from api_token where user_id = ? order by id desc limit 100")
                .param(userId).query(this::map).list();
    }

    int revoke(long userId, long id) {
        return jdbc.sql("update api_token set revoked_at = now() where user_id = ? and id = ? and revoked_at is null")
                .params(userId, id).update();
    }

    /** The owner and scopes of a usable token, or empty when it is unknown, revoked or expired. */
    Optional<TokenOwner> findUsable(String hash) {
        return jdbc.sql("""
                select id, user_id, scopes, last_used_at < now() - interval '1 minute' as stale_use
                from api_token where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())""")
                .param(hash)
                .query((rs, n) -> new TokenOwner(rs.getLong("id"), rs.getLong("user_id"),
                        Arrays.stream((Object[]) rs.getArray("scopes").getArray()).map(Object::toString).toList(),
                        rs.getObject("stale_use") == null || rs.getBoolean("stale_use")))
                .optional();
    }

    /** Touches last_used_at at most once a minute, so reading the API does not write on every call. */
    void markUsed(long id) {
        jdbc.sql("update api_token set last_used_at = now() where id = ?").param(id).update();
    }

    record TokenOwner(long tokenId, long userId, List<String> scopes, boolean needsTouch) {
    }

    private ApiToken map(ResultSet rs, int n) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"),
                Arrays.stream((Object[]) rs.getArray("scopes").getArray()).map(Object::toString).toList(),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
