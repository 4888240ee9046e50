package org.uptake.procurement.supplier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Suppliers with the day of their last contact (last meeting, else kick-off, else registration) and their kick-off. */
@Repository
class SupplierRepository {

    static final String LAST_CONTACT = """
            coalesce((select max(m.held_on) from procurement_status_meeting m where m.supplier_id = s.id),
                     (select k.held_on from procurement_kickoff k where k.supplier_id = s.id), s.created_at::date)""";
    private static final String SELECT = "select s.id, s.program_id, s.name, s.kind, s.contact, " + LAST_CONTACT
            + " as last_contact_on, s.version from procurement_supplier s ";

    private final JdbcClient jdbc;

    SupplierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Supplier> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECT + " where s.organization_id = ? and s.program_id = ? and s.id = ?")
                .params(organizationId, programId, id).query(SupplierRepository::map).optional();
    }

    List<Supplier> page(long organizationId, long programId, long afterId, int limit) {
        return jdbc.sql(SELECT + " where s.organization_id = ? and s.program_id = ? and s.id > ? order by s.id limit ?")
                .params(organizationId, programId, afterId, limit).query(SupplierRepository::map).list();
    }

    long insert(long organizationId, long programId, SupplierForm f) {
        return jdbc.sql("""
                insert into procurement_supplier (organization_id, program_id, name, kind, contact)
                values (?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.name(), f.kind().name(), f.contact()).query(Long.class).single();
    }

    int update(long organizationId, long id, SupplierForm f) {
        return jdbc.sql("""
                update procurement_supplier set name = ?, kind = ?, contact = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.name(), f.kind().name(), f.contact(), organizationId, id, f.version()).update();
    }

    Optional<Kickoff> kickoff(long organizationId, long supplierId) {
        return jdbc.sql("""
                select supplier_id, held_on, goals, team, contract_format, acceptance_process, version
                from procurement_kickoff where organization_id = ? and supplier_id = ?""")
                .params(organizationId, supplierId).query(Kickoff.class).optional();
    }

    boolean insertKickoff(long organizationId, long supplierId, KickoffForm f) {
        return jdbc.sql("""
                insert into procurement_kickoff (supplier_id, organization_id, held_on, goals, team, contract_format,
                       acceptance_process, version)
                values (?, ?, ?, ?, ?, ?, ?, 1) on conflict (supplier_id) do nothing""")
                .params(supplierId, organizationId, f.heldOn(), f.goals(), f.team(), f.contractFormat(), f.acceptanceProcess())
                .update() == 1;
    }

    boolean updateKickoff(long organizationId, long supplierId, KickoffForm f) {
        return jdbc.sql("""
                update procurement_kickoff set held_on = ?, goals = ?, team = ?, contract_format = ?, acceptance_process = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and supplier_id = ? and version = ?""")
                .params(f.heldOn(), f.goals(), f.team(), f.contractFormat(), f.acceptanceProcess(), organizationId, supplierId,
                        f.version())
                .update() == 1;
    }

    private static Supplier map(ResultSet rs, int n) throws SQLException {
        return new Supplier(rs.getLong("id"), rs.getLong("program_id"), rs.getString("name"),
                SupplierKind.valueOf(rs.getString("kind")), rs.getString("contact"),
                rs.getObject("last_contact_on", LocalDate.class), rs.getInt("version"));
    }
}
