package org.uptake.shared.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ImportJobRepository {

    private static final String COLUMNS = """
            id, kind, file_name, status, file_format, encoding, separator, total_rows, processed_rows, phase, creates,
            updates, unchanged, error_count, problems_truncated, message, created_by_name, created_at, started_at,
            finished_at, version""";
    private static final TypeReference<List<ImportProblem>> PROBLEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<PreviewRow>> PREVIEW = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(long organizationId, String kind, long fileId, String fileName, ImportStatus status, CheckOutcome outcome,
                Long userId, String userName) {
        return jdbc.sql("""
                insert into import_job (organization_id, kind, file_id, file_name, status, file_format, encoding, separator,
                                        total_rows, creates, updates, unchanged, error_count, problems_truncated,
                                        errors, preview, created_by, created_by_name, finished_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)
                returning id""")
                .params(organizationId, kind, fileId, fileName, status.name(), outcome.format(), outcome.encoding(),
                        outcome.separator(), outcome.total(), outcome.creates(), outcome.updates(), outcome.unchanged(),
                        outcome.errors(), outcome.problemsTruncated(), json.writeValueAsString(outcome.problems()),
                        json.writeValueAsString(outcome.preview()), userId, userName,
                        status == ImportStatus.REJECTED ? Timestamp.from(Instant.now()) : null)
                .query(Long.class).single();
    }

    Optional<ImportJob> find(long organizationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from import_job where organization_id = ? and id = ?")
                .params(organizationId, id).query(this::map).optional();
    }

    Optional<Long> fileId(long organizationId, long id) {
        return jdbc.sql("select file_id from import_job where organization_id = ? and id = ?")
                .params(organizationId, id).query(Long.class).optional();
    }

    List<ImportProblem> problems(long organizationId, long id) {
        return jdbc.sql("select errors from import_job where organization_id = ? and id = ?")
                .params(organizationId, id).query((rs, n) -> json.readValue(rs.getString(1), PROBLEMS))
                .optional().orElse(List.of());
    }

    List<PreviewRow> preview(long organizationId, long id) {
        return jdbc.sql("select preview from import_job where organization_id = ? and id = ?")
                .params(organizationId, id).query((rs, n) -> json.readValue(rs.getString(1), PREVIEW))
                .optional().orElse(List.of());
    }

    /** Newest first, keyset by id. */
    List<ImportJob> page(long organizationId, Long beforeId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from import_job where organization_id = ? and id < ? order by id desc limit ?")
                .params(organizationId, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
                .query(this::map).list();
    }

    /** CHECKED → APPLYING, only once: a second click or a second node finds nothing to claim. */
    boolean claim(long organizationId, long id) {
        return jdbc.sql("""
                update import_job set status = 'APPLYING', phase = 'QUEUED', processed_rows = 0, started_at = now(),
                       heartbeat_at = now(), version = version + 1
                where organization_id = ? and id = ? and status = 'CHECKED'""")
                .params(organizationId, id).update() == 1;
    }

    void progress(long id, String phase, int processed) {
        jdbc.sql("update import_job set phase = ?, processed_rows = ?, heartbeat_at = now() where id = ? and status = 'APPLYING'")
                .params(phase, processed, id).update();
    }

    void applied(long id, CheckOutcome outcome) {
        jdbc.sql("""
                update import_job set status = 'APPLIED', phase = 'DONE', processed_rows = total_rows, creates = ?, updates = ?,
                       unchanged = ?, error_count = 0, finished_at = now(), heartbeat_at = now(), version = version + 1
                where id = ?""")
                .params(outcome.creates(), outcome.updates(), outcome.unchanged(), id).update();
    }

    /** The re-check inside the apply found problems (the data changed since the preview): nothing was written. */
    void rejectedOnApply(long id, CheckOutcome outcome) {
        jdbc.sql("""
                update import_job set status = 'REJECTED', phase = null, creates = ?, updates = ?, unchanged = ?, error_count = ?,
                       problems_truncated = ?, errors = cast(? as jsonb), preview = cast(? as jsonb),
                       message = 'import.error.changedSincePreview', finished_at = now(), version = version + 1
                where id = ?""")
                .params(outcome.creates(), outcome.updates(), outcome.unchanged(), outcome.errors(),
                        outcome.problemsTruncated(), json.writeValueAsString(outcome.problems()),
                        json.writeValueAsString(outcome.preview()), id)
                .update();
    }

    void failed(long id, String messageKey) {
        jdbc.sql("""
                update import_job set status = 'FAILED', phase = null, message = ?, finished_at = now(), version = version + 1
                where id = ?""")
                .params(messageKey, id).update();
    }

    /** Applies whose node stopped answering: their transaction is gone, so nothing was written. */
    int failStalled(int minutes) {
        return jdbc.sql("""
                update import_job set status = 'FAILED', phase = null, message = 'import.error.interrupted', finished_at = now(),
                       version = version + 1
                where status = 'APPLYING' and heartbeat_at < now() - make_interval(mins => ?)""")
                .param(minutes).update();
    }

    /** Serialises applies within an organisation without blocking ordinary edits (FOR NO KEY UPDATE). */
    void lockOrganization(long organizationId) {
        jdbc.sql("select id from organization where id = ? for no key update").param(organizationId).query(Long.class).single();
    }

    private ImportJob map(ResultSet rs, int n) throws SQLException {
        return new ImportJob(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")), rs.getString("file_format"), rs.getString("encoding"),
                rs.getString("separator"), rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getString("phase"),
                rs.getInt("creates"), rs.getInt("updates"), rs.getInt("unchanged"), rs.getInt("error_count"),
                rs.getBoolean("problems_truncated"), rs.getString("message"), rs.getString("created_by_name"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
