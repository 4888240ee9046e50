package org.uptake.engagement.communication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommunicationRepository {

    /** An item with its owner and its audience's names (as parallel arrays) in one row: one query per list. */
    private static final String SELECT = """
            select c.id, c.program_id, c.title, c.message_type, c.channel, c.planned_on, c.owner_person_id, o.full_name as owner_name,
                   c.status, c.subject, c.body, c.agenda, c.notes, c.sent_at, c.version, aud.kinds, aud.ids, aud.names
            from engagement_communication c left join person o on o.id = c.owner_person_id
            left join lateral (
                select array_agg(a.kind order by a.kind, a.ref_id) as kinds, array_agg(a.ref_id order by a.kind, a.ref_id) as ids,
                       array_agg(coalesce(u.name, pos.title, w.name, sp.full_name, s.name, '?') order by a.kind, a.ref_id) as names
                from engagement_audience a
                left join unit u on a.kind = 'UNIT' and u.id = a.ref_id
                left join position pos on a.kind = 'POSITION' and pos.id = a.ref_id
                left join rollout_wave w on a.kind = 'WAVE' and w.id = a.ref_id
                left join engagement_stakeholder s on a.kind = 'STAKEHOLDER' and s.id = a.ref_id
                left join person sp on sp.id = s.person_id
                where a.communication_id = c.id) aud on true
            """;

    private final JdbcClient jdbc;

    CommunicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Communication> find(long org, long programId, long id) {
        return jdbc.sql(SELECT + " where c.organization_id = ? and c.program_id = ? and c.id = ?")
                .params(org, programId, id).query(CommunicationRepository::map).optional();
    }

    /** Items by date, then id, within [from, to] when given, after a (date, id) cursor. */
    List<Communication> page(long org, long programId, LocalDate from, LocalDate to, LocalDate afterDate, long afterId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where c.organization_id = :org and c.program_id = :program");
        Map<String, Object> params = new HashMap<>(Map.of("org", org, "program", programId, "limit", limit));
        if (from != null) {
            sql.append(" and c.planned_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" and c.planned_on <= :to");
            params.put("to", to);
        }
        if (afterDate != null) {
            sql.append(" and (c.planned_on, c.id) > (:afterDate, :afterId)");
            params.put("afterDate", afterDate);
            params.put("afterId", afterId);
        }
        sql.append(" order by c.planned_on, c.id limit :limit");
        return jdbc.sql(sql.toString()).params(params).query(CommunicationRepository::map).list();
    }

    long insert(long org, long programId, CommunicationForm f) {
        return jdbc.sql("""
                insert into engagement_communication (organization_id, program_id, title, message_type, channel, planned_on,
                    owner_person_id, status, subject, body, agenda, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, programId, f.getTitle(), f.getMessageType().name(), f.getChannel().name(), f.getPlannedOn(),
                        f.getOwnerPersonId(), f.getStatus().name(), f.getSubject(), f.getBody(), f.getAgenda(), f.getNotes())
                .query(Long.class).single();
    }

    int update(long org, long id, CommunicationForm f) {
        return jdbc.sql("""
                update engagement_communication set title = ?, message_type = ?, channel = ?, planned_on = ?, owner_person_id = ?,
                       status = ?, subject = ?, body = ?, agenda = ?, notes = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getTitle(), f.getMessageType().name(), f.getChannel().name(), f.getPlannedOn(), f.getOwnerPersonId(),
                        f.getStatus().name(), f.getSubject(), f.getBody(), f.getAgenda(), f.getNotes(), org, id, f.getVersion())
                .update();
    }

    /** Only the notes change once an item went out (what was said in the meeting, reactions to the e-mail). */
    int updateNotes(long org, long id, String notes, int version) {
        return jdbc.sql("""
                update engagement_communication set notes = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""").params(notes, org, id, version).update();
    }

    void replaceAudience(long org, long id, CommunicationForm f) {
        jdbc.sql("delete from engagement_audience where communication_id = ?").param(id).update();
        insertAudience(org, id, AudienceKind.UNIT, f.getUnitIds());
        insertAudience(org, id, AudienceKind.POSITION, f.getPositionIds());
        insertAudience(org, id, AudienceKind.WAVE, f.getWaveIds());
        insertAudience(org, id, AudienceKind.STAKEHOLDER, f.getStakeholderIds());
    }

    private void insertAudience(long org, long id, AudienceKind kind, List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("insert into engagement_audience (communication_id, organization_id, kind, ref_id) select ?, ?, ?, unnest(?::bigint[])")
                    .params(id, org, kind.name(), ids.toArray(Long[]::new)).update();
        }
    }

    int delete(long org, long id, int version) {
        return jdbc.sql("delete from engagement_communication where organization_id = ? and id = ? and version = ?")
                .params(org, id, version).update();
    }

    /** How many of the ids are rows of the organisation in the table (units, positions, people). */
    int countOf(String table, long org, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from " + table + " where organization_id = ? and id = any (?)")
                .params(org, ids.toArray(Long[]::new)).query(Integer.class).single();
    }

    List<Translation> translations(long id) {
        return jdbc.sql("select language, subject, body from engagement_translation where communication_id = ? order by language")
                .param(id).query(Translation.class).list();
    }

    void saveTranslation(long org, long id, Translation t) {
        jdbc.sql("""
                insert into engagement_translation (communication_id, organization_id, language, subject, body) values (?, ?, ?, ?, ?)
                on conflict (communication_id, language) do update set subject = excluded.subject, body = excluded.body""")
                .params(id, org, t.language(), t.subject(), t.body()).update();
    }

    int deleteTranslation(long id, String language) {
        return jdbc.sql("delete from engagement_translation where communication_id = ? and language = ?").params(id, language).update();
    }

    /** Raises the version so that a page opened before this change (a translation, the start of sending) gets a conflict. */
    int touch(long org, long id, int version) {
        return jdbc.sql("""
                update engagement_communication set version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""").params(org, id, version).update();
    }

    private static Communication map(ResultSet rs, int n) throws SQLException {
        List<AudienceEntry> audience = new ArrayList<>();
        java.sql.Array kinds = rs.getArray("kinds");
        if (kinds != null) {
            String[] k = (String[]) kinds.getArray();
            Long[] ids = (Long[]) rs.getArray("ids").getArray();
            String[] names = (String[]) rs.getArray("names").getArray();
            for (int i = 0; i < k.length; i++) {
                audience.add(new AudienceEntry(AudienceKind.valueOf(k[i]), ids[i], names[i]));
            }
        }
        java.sql.Timestamp sent = rs.getTimestamp("sent_at");
        return new Communication(rs.getLong("id"), rs.getLong("program_id"), rs.getString("title"),
                MessageType.valueOf(rs.getString("message_type")), Channel.valueOf(rs.getString("channel")),
                rs.getObject("planned_on", LocalDate.class), rs.getObject("owner_person_id", Long.class), rs.getString("owner_name"),
                CommunicationStatus.valueOf(rs.getString("status")), rs.getString("subject"), rs.getString("body"),
                rs.getString("agenda"), rs.getString("notes"), sent == null ? null : sent.toInstant(), audience, rs.getInt("version"));
    }
}
