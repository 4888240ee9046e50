package org.uptake.procurement.selection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VendorRepository {

    private static final String VENDOR = """
            select id, selection_id, name, product, key_advantages, shortlisted, trial_available, trial_notes, estimate,
                   seats_minor, features_minor, upgrades_minor, training_minor, hiring_minor, integration_minor,
                   migration_minor, version
            from procurement_vendor""";

    private final JdbcClient jdbc;

    VendorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Vendor> vendors(long selectionId) {
        return jdbc.sql(VENDOR + " where selection_id = ? order by lower(name), id limit 500").param(selectionId)
                .query(VendorRepository::vendor).list();
    }

    Optional<Vendor> find(long organizationId, long selectionId, long id) {
        return jdbc.sql(VENDOR + " where organization_id = ? and selection_id = ? and id = ?")
                .params(organizationId, selectionId, id).query(VendorRepository::vendor).optional();
    }

    int count(long selectionId) {
        return jdbc.sql("select count(*) from procurement_vendor where selection_id = ?").param(selectionId)
                .query(Integer.class).single();
    }

    long insert(long organizationId, long selectionId, VendorForm f) {
        Vendor.Costs c = f.costs();
        return jdbc.sql("""
                insert into procurement_vendor (organization_id, selection_id, name, product, key_advantages, shortlisted,
                       trial_available, trial_notes, estimate, seats_minor, features_minor, upgrades_minor, training_minor,
                       hiring_minor, integration_minor, migration_minor)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, selectionId, f.name(), f.product(), f.keyAdvantages(), f.isShortlisted(),
                        f.isTrialAvailable(), f.trialNotes(), f.estimate(), c.seats(), c.features(), c.upgrades(), c.training(),
                        c.hiring(), c.integration(), c.migration())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, VendorForm f) {
        Vendor.Costs c = f.costs();
        return jdbc.sql("""
                update procurement_vendor set name = ?, product = ?, key_advantages = ?, shortlisted = ?, trial_available = ?,
                       trial_notes = ?, estimate = ?, seats_minor = ?, features_minor = ?, upgrades_minor = ?, training_minor = ?,
                       hiring_minor = ?, integration_minor = ?, migration_minor = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.name(), f.product(), f.keyAdvantages(), f.isShortlisted(), f.isTrialAvailable(), f.trialNotes(),
                        f.estimate(), c.seats(), c.features(), c.upgrades(), c.training(), c.hiring(), c.integration(),
                        c.migration(), organizationId, id, f.version())
                .update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from procurement_vendor where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    List<Commitment> commitments(long selectionId) {
        return jdbc.sql("""
                select c.id, c.vendor_id, c.title, c.due_on, c.acceptance, c.task_id from procurement_commitment c
                join procurement_vendor v on v.id = c.vendor_id where v.selection_id = ? order by c.due_on, c.id limit 500""")
                .param(selectionId).query(Commitment.class).list();
    }

    long insertCommitment(long organizationId, long vendorId, CommitmentForm f) {
        return jdbc.sql("""
                insert into procurement_commitment (organization_id, vendor_id, title, due_on, acceptance)
                values (?, ?, ?, ?, ?) returning id""")
                .params(organizationId, vendorId, f.title(), f.dueOn(), f.acceptance()).query(Long.class).single();
    }

    void linkTask(long commitmentId, long taskId) {
        jdbc.sql("update procurement_commitment set task_id = ? where id = ?").params(taskId, commitmentId).update();
    }

    List<TenderDocument> documents(long selectionId) {
        return jdbc.sql("""
                select d.id, d.file_id, d.title, f.name as file_name, f.size_bytes, d.created_at
                from procurement_tender_document d join stored_file f on f.id = d.file_id
                where d.selection_id = ? order by d.id limit 200""")
                .param(selectionId).query(TenderDocument.class).list();
    }

    Optional<TenderDocument> document(long organizationId, long selectionId, long id) {
        return jdbc.sql("""
                select d.id, d.file_id, d.title, f.name as file_name, f.size_bytes, d.created_at
                from procurement_tender_document d join stored_file f on f.id = d.file_id
                where d.organization_id = ? and d.selection_id = ? and d.id = ?""")
                .params(organizationId, selectionId, id).query(TenderDocument.class).optional();
    }

    long insertDocument(long organizationId, long selectionId, long fileId, String title) {
        return jdbc.sql("""
                insert into procurement_tender_document (organization_id, selection_id, file_id, title)
                values (?, ?, ?, ?) returning id""")
                .params(organizationId, selectionId, fileId, title).query(Long.class).single();
    }

    private static Vendor vendor(ResultSet rs, int n) throws SQLException {
        return new Vendor(rs.getLong("id"), rs.getLong("selection_id"), rs.getString("name"), rs.getString("product"),
                rs.getString("key_advantages"), rs.getBoolean("shortlisted"), rs.getBoolean("trial_available"),
                rs.getString("trial_notes"), rs.getString("estimate"),
                new Vendor.Costs(rs.getLong("seats_minor"), rs.getLong("features_minor"), rs.getLong("upgrades_minor"),
                        rs.getLong("training_minor"), rs.getLong("hiring_minor"), rs.getLong("integration_minor"),
                        rs.getLong("migration_minor")),
                rs.getInt("version"));
    }
}
