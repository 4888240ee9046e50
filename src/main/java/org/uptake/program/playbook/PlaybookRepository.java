package org.uptake.program.playbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlaybookRepository {

    private static final String COLUMNS = """
            id, organization_id, code, name, built_in, copied_from_id, latest_version, draft is not null as has_draft,
            version, updated_at""";

    private final JdbcClient jdbc;
    private final PlaybookFormat format;

    PlaybookRepository(JdbcClient jdbc, PlaybookFormat format) {
        this.jdbc = jdbc;
        this.format = format;
    }

    private static Playbook map(ResultSet rs, int n) throws SQLException {
        return new Playbook(rs.getLong("id"), rs.getObject("organization_id", Long.class), rs.getString("code"),
                rs.getString("name"), rs.getBoolean("built_in"), rs.getObject("copied_from_id", Long.class),
                rs.getInt("latest_version"), rs.getBoolean("has_draft"), rs.getInt("version"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A playbook the organisation can see: a built-in one or its own. */
    Optional<Playbook> find(long organizationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from playbook where id = ? and (organization_id is null or organization_id = ?)")
                .params(id, organizationId).query(PlaybookRepository::map).optional();
    }

    Optional<Playbook> findBuiltIn(String code) {
        return jdbc.sql("select " + COLUMNS + " from playbook where organization_id is null and lower(code) = lower(?)")
                .param(code).query(PlaybookRepository::map).optional();
    }

    Optional<Playbook> findOwn(long organizationId, String code) {
        return jdbc.sql("select " + COLUMNS + " from playbook where organization_id = ? and lower(code) = lower(?)")
                .params(organizationId, code).query(PlaybookRepository::map).optional();
    }

    /** Built-in playbooks first (by code), then the organisation's own (by name). */
    List<Playbook> list(long organizationId) {
        return jdbc.sql("select " + COLUMNS + """
                 from playbook where organization_id is null or organization_id = ?
                order by built_in desc, case when built_in then code end, lower(name), id limit 500""")
                .param(organizationId).query(PlaybookRepository::map).list();
    }

    long insert(Long organizationId, String code, String name, Long copiedFromId) {
        return jdbc.sql("""
                insert into playbook (organization_id, code, name, built_in, copied_from_id) values (?, ?, ?, ?, ?) returning id""")
                .params(organizationId, code, name, organizationId == null, copiedFromId).query(Long.class).single();
    }

    /** Publishes a definition as the next version and clears the draft; 0 when the playbook changed meanwhile. */
    int publish(Playbook playbook, PlaybookDefinition definition, String note, Long userId, String userName) {
        int updated = jdbc.sql("""
                update playbook set latest_version = latest_version + 1, name = ?, code = ?, draft = null, draft_updated_at = null,
                       version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(definition.name().in("en"), definition.code(), playbook.id(), playbook.version()).update();
        if (updated == 0) {
            return 0;
        }
        jdbc.sql("""
                insert into playbook_version (playbook_id, organization_id, number, definition, checksum, note, created_by, created_by_name)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
                .params(playbook.id(), playbook.organizationId(), playbook.latestVersion() + 1, format.write(definition),
                        format.checksum(definition), note, userId, userName).update();
        return 1;
    }

    int saveDraft(Playbook playbook, PlaybookDefinition definition, int version) {
        return jdbc.sql("""
                update playbook set draft = cast(? as jsonb), draft_updated_at = now(), version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(format.write(definition), playbook.id(), version).update();
    }

    int discardDraft(Playbook playbook, int version) {
        return jdbc.sql("update playbook set draft = null, draft_updated_at = null, version = version + 1, updated_at = now() where id = ? and version = ?")
                .params(playbook.id(), version).update();
    }

    Optional<PlaybookDefinition> draft(long id) {
        return jdbc.sql("select draft::text from playbook where id = ? and draft is not null").param(id)
                .query(String.class).optional().map(format::read);
    }

    Optional<PlaybookVersion> version(long playbookId, int number) {
        return jdbc.sql("""
                select id, playbook_id, number, definition::text as definition, note, created_by_name, created_at
                from playbook_version where playbook_id = ? and number = ?""")
                .params(playbookId, number).query(this::mapVersion).optional();
    }

    /** A version by its id, if it belongs to a playbook the organisation can see. */
    Optional<PlaybookVersion> versionById(long organizationId, long versionId) {
        return jdbc.sql("""
                select id, playbook_id, number, definition::text as definition, note, created_by_name, created_at
                from playbook_version where id = ? and (organization_id is null or organization_id = ?)""")
                .params(versionId, organizationId).query(this::mapVersion).optional();
    }

    Optional<String> latestChecksum(long playbookId) {
        return jdbc.sql("select checksum from playbook_version where playbook_id = ? order by number desc limit 1")
                .param(playbookId).query(String.class).optional();
    }

    record VersionRow(int number, String note, String createdByName, Instant createdAt) {
    }

    List<VersionRow> versions(long playbookId) {
        return jdbc.sql("select number, note, created_by_name, created_at from playbook_version where playbook_id = ? order by number desc limit 200")
                .param(playbookId)
                .query((rs, n) -> new VersionRow(rs.getInt("number"), rs.getString("note"), rs.getString("created_by_name"),
                        instant(rs, "created_at"))).list();
    }

    private PlaybookVersion mapVersion(ResultSet rs, int n) throws SQLException {
        return new PlaybookVersion(rs.getLong("id"), rs.getLong("playbook_id"), rs.getInt("number"),
                format.read(rs.getString("definition")), rs.getString("note"), rs.getString("created_by_name"),
                instant(rs, "created_at"));
    }
}
