package org.uptake.engagement.stakeholder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StakeholderRepository {

    /** A stakeholder with its names and concerns (as parallel arrays) in one row: one query per list. */
    private static final String SELECT = """
            select s.id, s.program_id, s.kind, s.person_id, coalesce(p.full_name, s.name) as display_name, s.internal,
                   coalesce(s.email, p.email) as email, s.unit_id, u.name as unit_name, s.position_id, pos.title as position_title,
                   s.influence, s.interest, s.attitude, s.notes, s.version, c.concerns, c.responses
            from engagement_stakeholder s
            left join person p on p.id = s.person_id
            left join unit u on u.id = s.unit_id
            left join position pos on pos.id = s.position_id
            left join lateral (select array_agg(c.concern order by c.position) as concerns,
                                      array_agg(coalesce(c.response, '') order by c.position) as responses
                               from engagement_concern c where c.stakeholder_id = s.id) c on true
            """;

    private final JdbcClient jdbc;

    StakeholderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stakeholder> find(long org, long programId, long id) {
        return jdbc.sql(SELECT + " where s.organization_id = ? and s.program_id = ? and s.id = ?")
                .params(org, programId, id).query(StakeholderRepository::map).optional();
    }

    /** By influence, then interest (highest first), then id; {@code afterRank} = influence × 10 + interest of the cursor. */
    List<Stakeholder> page(long org, long programId, Attitude attitude, Integer afterRank, long afterId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where s.organization_id = :org and s.program_id = :program");
        Map<String, Object> params = new HashMap<>(Map.of("org", org, "program", programId, "limit", limit));
        if (attitude != null) {
            sql.append(" and s.attitude = :attitude");
            params.put("attitude", attitude.name());
        }
        if (afterRank != null) {
            sql.append(" and (s.influence * 10 + s.interest < :rank or (s.influence * 10 + s.interest = :rank and s.id > :afterId))");
            params.put("rank", afterRank);
            params.put("afterId", afterId);
        }
        sql.append(" order by s.influence desc, s.interest desc, s.id limit :limit");
        return jdbc.sql(sql.toString()).params(params).query(StakeholderRepository::map).list();
    }

    List<GridPoint> grid(long org, long programId) {
        return jdbc.sql("""
                select s.id, coalesce(p.full_name, s.name) as name, s.influence, s.interest, s.attitude
                from engagement_stakeholder s left join person p on p.id = s.person_id
                where s.organization_id = ? and s.program_id = ? order by s.id limit 1000""")
                .params(org, programId).query(GridPoint.class).list();
    }

    /** The program's stakeholders by name, for choosing an audience or an activity's stakeholder. */
    List<GridPoint> choices(long org, long programId) {
        return grid(org, programId).stream()
                .sorted(java.util.Comparator.comparing(g -> g.name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    boolean personExists(long org, long personId) {
        return exists("person", org, personId);
    }

    boolean unitExists(long org, long unitId) {
        return exists("unit", org, unitId);
    }

    boolean positionExists(long org, long positionId) {
        return exists("position", org, positionId);
    }

    private boolean exists(String table, long org, long id) {
        return jdbc.sql("select exists (select 1 from " + table + " where organization_id = ? and id = ?)")
                .params(org, id).query(Boolean.class).single();
    }

    boolean personTaken(long programId, long personId, long exceptId) {
        return jdbc.sql("select exists (select 1 from engagement_stakeholder where program_id = ? and person_id = ? and id <> ?)")
                .params(programId, personId, exceptId).query(Boolean.class).single();
    }

    long insert(long org, long programId, StakeholderForm f) {
        return jdbc.sql("""
                insert into engagement_stakeholder (organization_id, program_id, kind, person_id, name, internal, email, unit_id,
                                                    position_id, influence, interest, attitude, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, programId, f.getKind().name(), f.getPersonId(), f.getName(), f.isInternal(), f.getEmail(),
                        f.getUnitId(), f.getPositionId(), f.getInfluence(), f.getInterest(), f.getAttitude().name(), f.getNotes())
                .query(Long.class).single();
    }

    int update(long org, long id, StakeholderForm f) {
        return jdbc.sql("""
                update engagement_stakeholder set kind = ?, person_id = ?, name = ?, internal = ?, email = ?, unit_id = ?,
                       position_id = ?, influence = ?, interest = ?, attitude = ?, notes = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getKind().name(), f.getPersonId(), f.getName(), f.isInternal(), f.getEmail(), f.getUnitId(),
                        f.getPositionId(), f.getInfluence(), f.getInterest(), f.getAttitude().name(), f.getNotes(), org, id,
                        f.getVersion())
                .update();
    }

    void replaceConcerns(long org, long id, List<Concern> concerns) {
        jdbc.sql("delete from engagement_concern where stakeholder_id = ?").param(id).update();
        if (concerns.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into engagement_concern (organization_id, stakeholder_id, position, concern, response)
                select ?, ?, n, c, nullif(r, '') from unnest(?::text[], ?::text[]) with ordinality as t(c, r, n)""")
                .params(org, id, concerns.stream().map(Concern::concern).toArray(String[]::new),
                        concerns.stream().map(c -> c.response() == null ? "" : c.response()).toArray(String[]::new))
                .update();
    }

    int delete(long org, long id, int version) {
        return jdbc.sql("delete from engagement_stakeholder where organization_id = ? and id = ? and version = ?")
                .params(org, id, version).update();
    }

    /** Of the given ids, those that are stakeholders of the program. */
    List<Long> idsOf(long org, long programId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from engagement_stakeholder where organization_id = ? and program_id = ? and id = any (?)")
                .params(org, programId, ids.toArray(Long[]::new)).query(Long.class).list();
    }

    private static Stakeholder map(ResultSet rs, int n) throws SQLException {
        List<Concern> concerns = new ArrayList<>();
        java.sql.Array texts = rs.getArray("concerns");
        if (texts != null) {
            String[] c = (String[]) texts.getArray();
            String[] r = (String[]) rs.getArray("responses").getArray();
            for (int i = 0; i < c.length; i++) {
                concerns.add(new Concern(c[i], r[i].isEmpty() ? null : r[i]));
            }
        }
        return new Stakeholder(rs.getLong("id"), rs.getLong("program_id"), StakeholderKind.valueOf(rs.getString("kind")),
                rs.getObject("person_id", Long.class), rs.getString("display_name"), rs.getBoolean("internal"),
                rs.getString("email"), rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
                rs.getObject("position_id", Long.class), rs.getString("position_title"), rs.getInt("influence"),
                rs.getInt("interest"), Attitude.valueOf(rs.getString("attitude")), rs.getString("notes"), concerns,
                rs.getInt("version"));
    }
}
