package org.uptake.competency.standard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttestationRepository {

    private final JdbcClient jdbc;

    AttestationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select a.id, a.person_id, p.full_name as person_name, a.position_standard_id, s.code as standard_code,
                   pos.title as position_title, a.attained_level,
                   coalesce((select max(f.qualification_level) from standard_function f where f.id = any(m.function_ids)), 0)
                     as required_level,
                   array(select f.code || ' ' || f.name from standard_function f where f.id = any(a.unmet_function_ids)
                         order by f.sort_order) as unmet,
                   a.note, a.held_on, a.recorded_by_name
            from attestation a join person p on p.id = a.person_id join position_standard m on m.id = a.position_standard_id
              join professional_standard s on s.id = m.standard_id join position pos on pos.id = m.position_id
            """;

    private static Attestation attestation(ResultSet rs, int row) throws SQLException {
        return new Attestation(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getLong("position_standard_id"), rs.getString("standard_code"), rs.getString("position_title"),
                rs.getInt("attained_level"), rs.getInt("required_level"), StandardRepository.texts(rs, "unmet"),
                rs.getString("note"), rs.getObject("held_on", java.time.LocalDate.class), rs.getString("recorded_by_name"));
    }

    long insert(long organizationId, long mappingId, AttestationForm f, List<Long> unmet, String byName) {
        return jdbc.sql("""
                insert into attestation (organization_id, person_id, position_standard_id, attained_level, unmet_function_ids,
                    note, held_on, recorded_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, f.getPersonId(), mappingId, f.getAttainedLevel(), unmet.toArray(Long[]::new),
                        f.getNote(), f.getHeldOn(), byName).query(Long.class).single();
    }

    Optional<Attestation> find(long organizationId, long id) {
        return jdbc.sql(SELECT + " where a.organization_id = ? and a.id = ?").params(organizationId, id)
                .query(AttestationRepository::attestation).optional();
    }

    List<Attestation> forMapping(long organizationId, long mappingId) {
        return jdbc.sql(SELECT + " where a.organization_id = ? and a.position_standard_id = ? order by a.held_on desc, a.id desc limit 200")
                .params(organizationId, mappingId).query(AttestationRepository::attestation).list();
    }

    List<Attestation> forPerson(long organizationId, long personId) {
        return jdbc.sql(SELECT + " where a.organization_id = ? and a.person_id = ? order by a.held_on desc, a.id desc limit 100")
                .params(organizationId, personId).query(AttestationRepository::attestation).list();
    }

    /** The unmet labour functions given, as (id, "code name") of this mapping's functions. */
    List<Unmet> unmet(long organizationId, List<Long> mappedIds, List<Long> wanted) {
        return jdbc.sql("""
                select id, code || ' ' || name as label from standard_function
                where organization_id = ? and id = any(?) and id = any(?) order by sort_order""")
                .params(organizationId, mappedIds.toArray(Long[]::new), wanted.toArray(Long[]::new)).query(Unmet.class).list();
    }

    record Unmet(long id, String label) {
    }
}
