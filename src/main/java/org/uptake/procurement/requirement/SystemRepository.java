package org.uptake.procurement.requirement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SystemRepository {

    private static final String SELECT = """
            select s.id, s.program_id, s.name, s.purpose, s.decision, s.owner_person_id, o.full_name, s.version
            from procurement_system s left join person o on o.id = s.owner_person_id
            """;

    private final JdbcClient jdbc;

    SystemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ExistingSystem> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECT + " where s.organization_id = ? and s.program_id = ? and s.id = ?")
                .params(organizationId, programId, id).query(SystemRepository::map).optional();
    }

    /** By id, after a cursor; the inventory of one program is short but still paged like every list. */
    List<ExistingSystem> page(long organizationId, long programId, long afterId, int limit) {
        return jdbc.sql(SELECT + " where s.organization_id = ? and s.program_id = ? and s.id > ? order by s.id limit ?")
                .params(organizationId, programId, afterId, limit).query(SystemRepository::map).list();
    }

    boolean nameTaken(long organizationId, long programId, String name, Long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from procurement_system where organization_id = ? and program_id = ?
                               and lower(name) = lower(?) and id <> ?)""")
                .params(organizationId, programId, name, exceptId == null ? 0L : exceptId).query(Boolean.class).single();
    }

    long insert(long organizationId, long programId, SystemForm f) {
        return jdbc.sql("""
                insert into procurement_system (organization_id, program_id, name, purpose, decision, owner_person_id)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.name(), f.purpose(), f.decision().name(), f.ownerPersonId())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, SystemForm f) {
        return jdbc.sql("""
                update procurement_system set name = ?, purpose = ?, decision = ?, owner_person_id = ?, version = version + 1,
                       updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.name(), f.purpose(), f.decision().name(), f.ownerPersonId(), organizationId, id, f.version())
                .update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from procurement_system where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    private static ExistingSystem map(ResultSet rs, int n) throws SQLException {
        return new ExistingSystem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                SystemDecision.valueOf(rs.getString(5)), rs.getObject(6, Long.class), rs.getString(7), rs.getInt(8));
    }
}
