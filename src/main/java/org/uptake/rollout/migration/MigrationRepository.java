package org.uptake.rollout.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MigrationRepository {

    private static final String SELECT = """
            select m.id, m.program_id, m.wave_unit_id, u.name, m.source_system, m.method, m.data_sets,
                   m.backup_note, m.backup_file_id, bf.name, m.backup_at, m.backup_by_name,
                   m.test_before_result, m.test_before_note, m.test_before_file_id, tbf.name, m.test_before_at, m.test_before_by_name,
                   m.migrated_note, m.records_migrated, m.migrated_at, m.migrated_by_name,
                   m.test_after_result, m.test_after_note, m.test_after_file_id, taf.name, m.test_after_at, m.test_after_by_name,
                   m.version
            from rollout_migration m left join rollout_wave_unit wu on wu.id = m.wave_unit_id left join unit u on u.id = wu.unit_id
            left join stored_file bf on bf.id = m.backup_file_id left join stored_file tbf on tbf.id = m.test_before_file_id
            left join stored_file taf on taf.id = m.test_after_file_id
            where m.organization_id = ? and m.program_id = ?""";

    private final JdbcClient jdbc;

    MigrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Migration> list(long org, long programId, Long waveUnitId, int limit) {
        return jdbc.sql(SELECT + " and (?::bigint is null or m.wave_unit_id = ? or m.wave_unit_id is null) order by m.id limit ?")
                .params(org, programId, waveUnitId, waveUnitId, limit).query(MigrationRepository::migration).list();
    }

    /** Whether the program's plan came from playbook P5 (the CRM playbook) or a copy of it. */
    boolean fromP5(long org, long programId) {
        return jdbc.sql("""
                select exists (select 1 from program p join playbook pb on pb.id = p.playbook_id
                  where p.organization_id = ? and p.id = ? and (pb.code = 'P5' or pb.code like 'P5-%'))""")
                .params(org, programId).query(Boolean.class).single();
    }

    Optional<Migration> find(long org, long programId, long id) {
        return jdbc.sql(SELECT + " and m.id = ?").params(org, programId, id).query(MigrationRepository::migration).optional();
    }

    long insert(long org, long programId, MigrationForm f) {
        return jdbc.sql("""
                insert into rollout_migration (organization_id, program_id, wave_unit_id, source_system, method, data_sets)
                values (?, ?, ?, ?, ?, ?) returning id""").params(org, programId, f.waveUnitId(), f.sourceSystem().strip(),
                f.method().name(), blankToNull(f.dataSets())).query(Long.class).single();
    }

    int update(long org, long id, MigrationForm f) {
        return jdbc.sql("""
                update rollout_migration set wave_unit_id = ?, source_system = ?, method = ?, data_sets = ?, version = version + 1,
                       updated_at = now() where organization_id = ? and id = ? and version = ?""")
                .params(f.waveUnitId(), f.sourceSystem().strip(), f.method().name(), blankToNull(f.dataSets()), org, id, f.version())
                .update();
    }

    int delete(long org, long id, int version) {
        return jdbc.sql("delete from rollout_migration where organization_id = ? and id = ? and version = ?").params(org, id, version)
                .update();
    }

    /** Records a step's evidence; a repeated test overwrites the earlier result (the audit keeps it). */
    int record(long org, long id, MigrationStep step, StepForm f, Long fileId, String byName) {
        String sql = switch (step) {
            case BACKUP -> "backup_note = ?, backup_file_id = coalesce(?, backup_file_id), backup_at = now(), backup_by_name = ?";
            case TEST_BEFORE -> "test_before_result = ?, test_before_note = ?, test_before_file_id = coalesce(?, test_before_file_id), "
                    + "test_before_at = now(), test_before_by_name = ?";
            case MIGRATE -> "records_migrated = ?, migrated_note = ?, migrated_at = now(), migrated_by_name = ?";
            case TEST_AFTER -> "test_after_result = ?, test_after_note = ?, test_after_file_id = coalesce(?, test_after_file_id), "
                    + "test_after_at = now(), test_after_by_name = ?";
        };
        var statement = jdbc.sql("update rollout_migration set " + sql
                + ", version = version + 1, updated_at = now() where organization_id = ? and id = ? and version = ?");
        String note = blankToNull(f.note());
        String result = f.result() == null ? null : f.result().name();
        var bound = switch (step) {
            case BACKUP -> statement.params(note, fileId, byName, org, id, f.version());
            case MIGRATE -> statement.params(f.recordsMigrated(), note, byName, org, id, f.version());
            default -> statement.params(result, note, fileId, byName, org, id, f.version());
        };
        return bound.update();
    }

    record UnitShare(long unitId, int done, int total) {
    }

    /** Done and all migrations per organisation unit of the program; program-wide records count for every unit. */
    List<UnitShare> shares(long org, long programId, Collection<Long> unitIds) {
        return jdbc.sql("""
                select wu.unit_id,
                       count(m.id) filter (where m.test_after_result = 'PASSED'),
                       count(m.id)
                from rollout_wave_unit wu
                join rollout_migration m on m.program_id = wu.program_id and (m.wave_unit_id = wu.id or m.wave_unit_id is null)
                where wu.organization_id = ? and wu.program_id = ? and wu.unit_id = any (?) group by wu.unit_id""")
                .params(org, programId, unitIds.toArray(Long[]::new))
                .query((rs, n) -> new UnitShare(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static StepRecord step(ResultSet rs, int result, int note, int file, int fileName, int at, int by) throws SQLException {
        String r = result < 0 ? null : rs.getString(result);
        Timestamp t = rs.getTimestamp(at);
        return new StepRecord(r == null ? null : TestResult.valueOf(r), rs.getString(note), file < 0 ? null : rs.getObject(file, Long.class),
                fileName < 0 ? null : rs.getString(fileName), t == null ? null : t.toInstant(), rs.getString(by));
    }

    private static Migration migration(ResultSet rs, int n) throws SQLException {
        return new Migration(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
                MigrationMethod.valueOf(rs.getString(6)), rs.getString(7),
                step(rs, -1, 8, 9, 10, 11, 12), step(rs, 13, 14, 15, 16, 17, 18), step(rs, -1, 19, -1, -1, 21, 22),
                rs.getObject(20, Long.class), step(rs, 23, 24, 25, 26, 27, 28), rs.getInt(29));
    }
}
