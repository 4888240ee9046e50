package org.uptake.rollout.checklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;

@Repository
class ChecklistRepository {

    private static final String TEMPLATE_ITEM = """
            select t.id, t.program_id, t.category, t.title, t.owner_person_id, o.full_name, t.due_days_before, t.position, t.version
            from rollout_checklist_template_item t left join person o on o.id = t.owner_person_id
            where t.organization_id = ? and t.program_id = ?""";

    private static final String ITEM = """
            select i.id, i.program_id, i.wave_unit_id, u.name, i.template_item_id, i.category, i.title, i.person_id, p.full_name,
                   i.owner_person_id, o.full_name, i.due_date, i.status, i.evidence_note, i.evidence_file_id, f.name,
                   i.done_by_name, i.done_at, i.version
            from rollout_checklist_item i join rollout_wave_unit wu on wu.id = i.wave_unit_id join unit u on u.id = wu.unit_id
            left join person p on p.id = i.person_id left join person o on o.id = i.owner_person_id
            left join stored_file f on f.id = i.evidence_file_id
            where i.organization_id = ? and i.program_id = ?""";

    private final JdbcClient jdbc;

    ChecklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the program's template header; true when it did not exist yet (the defaults are then copied in). */
    boolean createTemplate(long org, long programId) {
        return jdbc.sql("insert into rollout_checklist_template (program_id, organization_id) values (?, ?) on conflict do nothing")
                .params(programId, org).update() == 1;
    }

    List<TemplateItem> templateItems(long org, long programId) {
        return jdbc.sql(TEMPLATE_ITEM + " order by t.position, t.id").params(org, programId).query(ChecklistRepository::templateItem).list();
    }

    Optional<TemplateItem> templateItem(long org, long programId, long id) {
        return jdbc.sql(TEMPLATE_ITEM + " and t.id = ?").params(org, programId, id).query(ChecklistRepository::templateItem).optional();
    }

    long insertTemplateItem(long org, long programId, TemplateItemForm f) {
        return jdbc.sql("""
                insert into rollout_checklist_template_item (organization_id, program_id, category, title, owner_person_id,
                       due_days_before, position)
                values (?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from rollout_checklist_template_item where program_id = ?))
                returning id""").params(org, programId, f.category().name(), f.title().strip(), f.ownerPersonId(),
                f.dueDaysBefore(), programId).query(Long.class).single();
    }

    int updateTemplateItem(long org, long id, TemplateItemForm f) {
        return jdbc.sql("""
                update rollout_checklist_template_item set title = ?, owner_person_id = ?, due_days_before = ?,
                       version = version + 1, updated_at = now() where organization_id = ? and id = ? and version = ?""")
                .params(f.title().strip(), f.ownerPersonId(), f.dueDaysBefore(), org, id, f.version()).update();
    }

    /** Renames the generated items of a template item that are not complete yet; done items keep what was done. */
    void followTemplate(long org, long templateItemId) {
        jdbc.sql("""
                update rollout_checklist_item i set title = t.title, owner_person_id = coalesce(i.owner_person_id, t.owner_person_id),
                       version = i.version + 1, updated_at = now()
                from rollout_checklist_template_item t where t.id = i.template_item_id and i.organization_id = ?
                  and i.template_item_id = ? and i.status in ('OPEN', 'IN_PROGRESS')""").params(org, templateItemId).update();
    }

    /** Deletes a template item and its items in units not yet live; items of live units stay as history. */
    int deleteTemplateItem(long org, long id, int version) {
        jdbc.sql("""
                delete from rollout_checklist_item i using rollout_wave_unit wu where wu.id = i.wave_unit_id
                  and i.organization_id = ? and i.template_item_id = ? and wu.live_on is null""").params(org, id).update();
        return jdbc.sql("delete from rollout_checklist_template_item where organization_id = ? and id = ? and version = ?")
                .params(org, id, version).update();
    }

    /** Infrastructure items for every wave unit of the program that lacks them. */
    int generateInfrastructure(long org, long programId) {
        return jdbc.sql("""
                insert into rollout_checklist_item (organization_id, program_id, wave_unit_id, template_item_id, category, title,
                       owner_person_id, due_date)
                select wu.organization_id, wu.program_id, wu.id, t.id, t.category, t.title, t.owner_person_id,
                       wu.planned_go_live - t.due_days_before
                from rollout_wave_unit wu join rollout_checklist_template_item t on t.program_id = wu.program_id
                where wu.organization_id = ? and wu.program_id = ? and t.category = 'INFRASTRUCTURE' and wu.live_on is null
                on conflict do nothing""").params(org, programId).update();
    }

    /**
     * Access items: one per access template item and person who has not left, in the deepest wave unit of the
     * program whose subtree holds the person's unit (a unit-wave before a function wave), unless that unit is
     * live already; {@code personIds} limits it to people who just joined a unit (null = everyone).
     */
    int generateAccess(long org, Long programId, Collection<Long> personIds) {
        Long[] people = personIds == null ? null : personIds.toArray(Long[]::new);
        return jdbc.sql("""
                insert into rollout_checklist_item (organization_id, program_id, wave_unit_id, template_item_id, category, title,
                       person_id, owner_person_id, due_date)
                select x.organization_id, x.program_id, x.wave_unit_id, x.template_item_id, 'ACCESS', x.title, x.person_id,
                       x.owner_person_id, x.due_date
                from (select distinct on (p.id, t.id) wu.organization_id, wu.program_id, wu.id as wave_unit_id,
                             t.id as template_item_id, t.title, p.id as person_id, t.owner_person_id,
                             wu.planned_go_live - t.due_days_before as due_date, wu.live_on
                      from rollout_wave_unit wu join unit u on u.id = wu.unit_id
                      join rollout_checklist_template_item t on t.program_id = wu.program_id and t.category = 'ACCESS'
                      join unit pu on pu.organization_id = wu.organization_id and pu.path like u.path || '%'
                      join person p on p.unit_id = pu.id and p.employment_status <> 'LEFT'
                      join program pr on pr.id = wu.program_id and pr.status <> 'CLOSED'
                      where wu.organization_id = ? and (?::bigint is null or wu.program_id = ?)
                        and (?::bigint[] is null or p.id = any (?::bigint[]))
                      order by p.id, t.id, (wu.scope_kind = 'UNITS') desc, length(u.path) desc) x
                where x.live_on is null
                on conflict do nothing""")
                .params(org, programId, programId, people, people).update();
    }

    /** Due dates follow the unit's go-live unless set by hand or the item is complete. */
    int followGoLive(long org, long programId) {
        return jdbc.sql("""
                update rollout_checklist_item i set due_date = wu.planned_go_live - t.due_days_before, version = i.version + 1,
                       updated_at = now()
                from rollout_wave_unit wu, rollout_checklist_template_item t
                where wu.id = i.wave_unit_id and t.id = i.template_item_id and i.organization_id = ? and i.program_id = ?
                  and not i.due_set_by_hand and i.status in ('OPEN', 'IN_PROGRESS')
                  and i.due_date is distinct from wu.planned_go_live - t.due_days_before""").params(org, programId).update();
    }

    /** A page of a wave unit's items: infrastructure first, then access, each in creation order. */
    List<ChecklistItem> items(long org, long programId, long waveUnitId, Category category, ItemStatus status, Cursor after,
                              int limit) {
        String key = after == null ? null : after.key();
        Long afterId = after == null ? null : after.id();
        return jdbc.sql(ITEM + """
                 and i.wave_unit_id = ? and (?::text is null or i.category = ?) and (?::text is null or i.status = ?)
                  and (?::text is null or i.category < ? or (i.category = ? and i.id > ?))
                order by i.category desc, i.id limit ?""")
                .params(org, programId, waveUnitId, name(category), name(category), name(status), name(status),
                        key, key, key, afterId, limit).query(ChecklistRepository::item).list();
    }

    Optional<ChecklistItem> item(long org, long programId, long id) {
        return jdbc.sql(ITEM + " and i.id = ?").params(org, programId, id).query(ChecklistRepository::item).optional();
    }

    List<ChecklistSummary> summaries(long org, long programId, Long waveUnitId) {
        return jdbc.sql("""
                select i.wave_unit_id,
                       count(*) filter (where i.category = 'INFRASTRUCTURE' and i.status in ('DONE', 'NOT_APPLICABLE')),
                       count(*) filter (where i.category = 'INFRASTRUCTURE'),
                       count(*) filter (where i.category = 'ACCESS' and i.status in ('DONE', 'NOT_APPLICABLE')),
                       count(*) filter (where i.category = 'ACCESS')
                from rollout_checklist_item i where i.organization_id = ? and i.program_id = ?
                  and (?::bigint is null or i.wave_unit_id = ?) group by i.wave_unit_id""")
                .params(org, programId, waveUnitId, waveUnitId)
                .query((rs, n) -> new ChecklistSummary(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    record UnitShare(long unitId, int done, int total) {
    }

    /**
     * Complete and all items per organisation unit of the program (a unit in several function waves adds up),
     * read from the counts kept on the wave units (see {@link #recount}).
     */
    List<UnitShare> shares(long org, long programId, Collection<Long> unitIds) {
        return jdbc.sql("""
                select wu.unit_id, sum(wu.checklist_done)::int, sum(wu.checklist_total)::int from rollout_wave_unit wu
                where wu.organization_id = ? and wu.program_id = ? and wu.unit_id = any (?) group by wu.unit_id""")
                .params(org, programId, unitIds.toArray(Long[]::new))
                .query((rs, n) -> new UnitShare(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
    }

    /**
     * Recounts the complete and all items of wave units after their items changed: the listed wave units, or
     * every one of the program when {@code waveUnitIds} is null. One grouped statement, in the caller's transaction.
     */
    int recount(long org, Long programId, Collection<Long> waveUnitIds) {
        Long[] ids = waveUnitIds == null ? null : waveUnitIds.stream().distinct().toArray(Long[]::new);
        if (ids != null && ids.length == 0) {
            return 0;
        }
        return jdbc.sql("""
                update rollout_wave_unit wu set checklist_done = c.done, checklist_total = c.total
                from (select w.id, count(i.id) filter (where i.status in ('DONE', 'NOT_APPLICABLE')) as done, count(i.id) as total
                      from rollout_wave_unit w left join rollout_checklist_item i on i.wave_unit_id = w.id
                      where w.organization_id = ? and (?::bigint is null or w.program_id = ?)
                        and (?::bigint[] is null or w.id = any (?::bigint[]))
                      group by w.id) c
                where wu.id = c.id and (wu.checklist_done <> c.done or wu.checklist_total <> c.total)""")
                .params(org, programId, programId, ids, ids).update();
    }

    int update(long org, long id, ItemForm f, boolean dueByHand, String byName) {
        return jdbc.sql("""
                update rollout_checklist_item set owner_person_id = ?, due_date = ?, due_set_by_hand = due_set_by_hand or ?,
                       evidence_note = ?, status = ?,
                       done_by_name = case when ? in ('DONE', 'NOT_APPLICABLE') then coalesce(case when status = ? then done_by_name end, ?) end,
                       done_at = case when ? in ('DONE', 'NOT_APPLICABLE') then coalesce(case when status = ? then done_at end, now()) end,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.ownerPersonId(), f.dueDate(), dueByHand, blankToNull(f.evidenceNote()), f.status().name(),
                        f.status().name(), f.status().name(), byName, f.status().name(), f.status().name(), org, id, f.version())
                .update();
    }

    int attachFile(long org, long id, long fileId, int version) {
        return jdbc.sql("""
                update rollout_checklist_item set evidence_file_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""").params(fileId, org, id, version).update();
    }

    /** An item as a bulk change finds it: which unit, which category, what status and note, at which version. */
    record Seen(long id, long waveUnitId, Category category, ItemStatus status, String note, int version) {
    }

    /** The listed items of the program, locked until the bulk change commits; unknown or foreign ids are missing. */
    List<Seen> lockListed(long org, long programId, Collection<Long> ids) {
        return jdbc.sql("""
                select id, wave_unit_id, category, status, evidence_note, version from rollout_checklist_item
                where organization_id = ? and program_id = ? and id = any (?) order by id for update""")
                .params(org, programId, ids.toArray(Long[]::new)).query(ChecklistRepository::seen).list();
    }

    /**
     * The items of a wave or a wave unit (all categories: the snapshot the user saw covers them all), locked until
     * the bulk change commits when {@code lock}.
     */
    List<Seen> scope(long org, long programId, Long waveId, Long waveUnitId, boolean lock) {
        return jdbc.sql("""
                select i.id, i.wave_unit_id, i.category, i.status, i.evidence_note, i.version from rollout_checklist_item i
                where i.organization_id = ? and i.program_id = ? and (?::bigint is null or i.wave_unit_id = ?)
                  and (?::bigint is null or i.wave_unit_id in (select wu.id from rollout_wave_unit wu where wu.wave_id = ?))
                order by i.id""" + (lock ? " for update" : ""))
                .params(org, programId, waveUnitId, waveUnitId, waveId, waveId)
                .query(ChecklistRepository::seen).list();
    }

    /** Sets the status of the items (already locked and checked) in one statement; answers how many changed. */
    int mark(long org, long programId, Collection<Long> ids, ItemStatus status, String note, String byName) {
        if (ids.isEmpty()) {
            return 0;
        }
        boolean complete = status.complete();
        return jdbc.sql("""
                update rollout_checklist_item set status = ?, evidence_note = coalesce(?, evidence_note),
                       done_by_name = case when ? then ? end, done_at = case when ? then now() end,
                       version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and id = any (?)""")
                .params(status.name(), blankToNull(note), complete, byName, complete, org, programId, ids.toArray(Long[]::new))
                .update();
    }

    /** Programs with wave units that a person's new unit falls under (their access items must be created). */
    List<Long> programsOfPeople(long org, Collection<Long> personIds) {
        return jdbc.sql("""
                select distinct wu.program_id from person p join unit pu on pu.id = p.unit_id
                join rollout_wave_unit wu on wu.organization_id = p.organization_id join unit u on u.id = wu.unit_id
                where p.organization_id = ? and p.id = any (?) and pu.path like u.path || '%'""")
                .params(org, personIds.toArray(Long[]::new)).query(Long.class).list();
    }

    String languageOf(long org, long programId) {
        return jdbc.sql("select language from program where organization_id = ? and id = ?").params(org, programId)
                .query(String.class).optional().orElse("en");
    }

    boolean personExists(long org, long personId) {
        return jdbc.sql("select exists (select 1 from person where organization_id = ? and id = ? and employment_status <> 'LEFT')")
                .params(org, personId).query(Boolean.class).single();
    }

    /** Open access items of people who left become not applicable; answers their ids and wave unit ids. */
    List<long[]> closeAccessOf(long org, Collection<Long> personIds, String note) {
        return jdbc.sql("""
                update rollout_checklist_item set status = 'NOT_APPLICABLE', evidence_note = ?, version = version + 1,
                       updated_at = now()
                where organization_id = ? and person_id = any (?) and category = 'ACCESS' and status in ('OPEN', 'IN_PROGRESS')
                returning id, wave_unit_id""").params(note, org, personIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Seen seen(ResultSet rs, int n) throws SQLException {
        return new Seen(rs.getLong(1), rs.getLong(2), Category.valueOf(rs.getString(3)), ItemStatus.valueOf(rs.getString(4)),
                rs.getString(5), rs.getInt(6));
    }

    private static TemplateItem templateItem(ResultSet rs, int n) throws SQLException {
        return new TemplateItem(rs.getLong(1), rs.getLong(2), Category.valueOf(rs.getString(3)), rs.getString(4),
                rs.getObject(5, Long.class), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9));
    }

    private static ChecklistItem item(ResultSet rs, int n) throws SQLException {
        Timestamp done = rs.getTimestamp(18);
        return new ChecklistItem(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getObject(5, Long.class),
                Category.valueOf(rs.getString(6)), rs.getString(7), rs.getObject(8, Long.class), rs.getString(9),
                rs.getObject(10, Long.class), rs.getString(11), rs.getObject(12, LocalDate.class),
                ItemStatus.valueOf(rs.getString(13)), rs.getString(14), rs.getObject(15, Long.class), rs.getString(16),
                rs.getString(17), done == null ? null : done.toInstant(), rs.getInt(19));
    }
}
