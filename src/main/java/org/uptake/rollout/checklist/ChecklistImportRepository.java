package org.uptake.rollout.checklist;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based reads and writes of the checklist import: all items of a few programs, and one UPDATE for all rows. */
@Repository
class ChecklistImportRepository {

    private final JdbcClient jdbc;

    ChecklistImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, long programId, String unitCode, String title, String employeeNumber, String email, ItemStatus status,
               String note, int version) {
    }

    List<Row> items(long org, Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select i.id, i.program_id, u.code, i.title, p.employee_number, lower(p.email), i.status, i.evidence_note, i.version
                from rollout_checklist_item i join rollout_wave_unit wu on wu.id = i.wave_unit_id join unit u on u.id = wu.unit_id
                left join person p on p.id = i.person_id
                where i.organization_id = ? and i.program_id = any (?)""")
                .params(org, programIds.toArray(Long[]::new))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), ItemStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getInt(9))).list();
    }

    /** Writes every row in one statement, each only at the version read; answers how many were written. */
    int update(long org, List<ChecklistImport.Wanted> rows, String byName) {
        if (rows.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update rollout_checklist_item i set status = w.status, evidence_note = w.note,
                       done_by_name = case when w.status in ('DONE', 'NOT_APPLICABLE') then coalesce(i.done_by_name, ?) end,
                       done_at = case when w.status in ('DONE', 'NOT_APPLICABLE') then coalesce(i.done_at, now()) end,
                       version = i.version + 1, updated_at = now()
                from unnest(?::bigint[], ?::text[], ?::text[], ?::int[]) as w (id, status, note, version)
                where i.organization_id = ? and i.id = w.id and i.version = w.version""")
                .params(byName, rows.stream().map(ChecklistImport.Wanted::id).toArray(Long[]::new),
                        rows.stream().map(w -> w.status().name()).toArray(String[]::new),
                        rows.stream().map(ChecklistImport.Wanted::note).toArray(String[]::new),
                        rows.stream().map(ChecklistImport.Wanted::version).toArray(Integer[]::new), org).update();
    }
}
