package org.uptake.procurement.selection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SelectionRepository {

    private static final String SELECTION = """
            select id, program_id, title, purpose, currency, status, competition_strategy, tender_published_on, bids_due_on,
                   decision_due_on, chosen_vendor_id, decision_rationale, sign_off_id, decided_at, version
            from procurement_selection""";
    private static final String CRITERION = """
            select id, selection_id, position, name, description, kind, weight from procurement_criterion""";

    private final JdbcClient jdbc;

    SelectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Selection> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECTION + " where organization_id = ? and program_id = ? and id = ?")
                .params(organizationId, programId, id).query(SelectionRepository::selection).optional();
    }

    Optional<Selection> findAnyProgram(long organizationId, long id) {
        return jdbc.sql(SELECTION + " where organization_id = ? and id = ?")
                .params(organizationId, id).query(SelectionRepository::selection).optional();
    }

    /** A program's selections, newest first; a program runs a handful, so one bounded query. */
    List<Selection> list(long organizationId, long programId) {
        return jdbc.sql(SELECTION + " where organization_id = ? and program_id = ? order by id desc limit 200")
                .params(organizationId, programId).query(SelectionRepository::selection).list();
    }

    long insert(long organizationId, long programId, SelectionForm f) {
        return jdbc.sql("""
                insert into procurement_selection (organization_id, program_id, title, purpose, currency, competition_strategy,
                       tender_published_on, bids_due_on, decision_due_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.title(), f.purpose(), f.currency(), f.competitionStrategy(),
                        f.tenderPublishedOn(), f.bidsDueOn(), f.decisionDueOn())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, SelectionForm f) {
        return jdbc.sql("""
                update procurement_selection set title = ?, purpose = ?, currency = ?, competition_strategy = ?,
                       tender_published_on = ?, bids_due_on = ?, decision_due_on = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.title(), f.purpose(), f.currency(), f.competitionStrategy(), f.tenderPublishedOn(), f.bidsDueOn(),
                        f.decisionDueOn(), organizationId, id, f.version())
                .update();
    }

    /** Claims the selection for a change of its parts (criteria, decision): the version guards against a stale page. */
    int bump(long organizationId, long id, int version) {
        return jdbc.sql("""
                update procurement_selection set version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(organizationId, id, version).update();
    }

    void requestDecision(long id, long vendorId, String rationale, long signOffId) {
        jdbc.sql("""
                update procurement_selection set status = 'DECISION_REQUESTED', chosen_vendor_id = ?, decision_rationale = ?,
                       sign_off_id = ?, decided_at = null, updated_at = now() where id = ?""")
                .params(vendorId, rationale, signOffId, id).update();
    }

    void markDecided(long id) {
        jdbc.sql("""
                update procurement_selection set status = 'DECIDED', decided_at = now(), version = version + 1, updated_at = now()
                where id = ?""").param(id).update();
    }

    void reopen(long id) {
        jdbc.sql("update procurement_selection set status = 'OPEN', version = version + 1, updated_at = now() where id = ?")
                .param(id).update();
    }

    Optional<Selection> bySignOff(long organizationId, long signOffId) {
        return jdbc.sql(SELECTION + " where organization_id = ? and sign_off_id = ?")
                .params(organizationId, signOffId).query(SelectionRepository::selection).optional();
    }

    boolean hasVendors(long selectionId) {
        return jdbc.sql("select exists (select 1 from procurement_vendor where selection_id = ?)").param(selectionId)
                .query(Boolean.class).single();
    }

    List<Criterion> criteria(long selectionId) {
        return jdbc.sql(CRITERION + " where selection_id = ? order by position, id").param(selectionId)
                .query(SelectionRepository::criterion).list();
    }

    long insertCriterion(long organizationId, long selectionId, int position, CriteriaForm.Line line) {
        return jdbc.sql("""
                insert into procurement_criterion (organization_id, selection_id, position, name, description, kind, weight)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, selectionId, position, line.name(), line.description(), line.kind().name(), line.weight())
                .query(Long.class).single();
    }

    void updateCriterion(long selectionId, int position, CriteriaForm.Line line) {
        jdbc.sql("""
                update procurement_criterion set position = ?, name = ?, description = ?, kind = ?, weight = ?
                where selection_id = ? and id = ?""")
                .params(position, line.name(), line.description(), line.kind().name(), line.weight(), selectionId, line.id())
                .update();
    }

    void deleteCriteriaExcept(long selectionId, List<Long> keep) {
        jdbc.sql("delete from procurement_criterion where selection_id = ? and not (id = any (?))")
                .params(selectionId, keep.toArray(Long[]::new)).update();
    }

    private static Selection selection(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Selection(rs.getLong("id"), rs.getLong("program_id"), rs.getString("title"), rs.getString("purpose"),
                rs.getString("currency"), SelectionStatus.valueOf(rs.getString("status")), rs.getString("competition_strategy"),
                rs.getObject("tender_published_on", java.time.LocalDate.class), rs.getObject("bids_due_on", java.time.LocalDate.class),
                rs.getObject("decision_due_on", java.time.LocalDate.class), rs.getObject("chosen_vendor_id", Long.class),
                rs.getString("decision_rationale"), rs.getObject("sign_off_id", Long.class),
                decided == null ? null : decided.toInstant(), rs.getInt("version"));
    }

    private static Criterion criterion(ResultSet rs, int n) throws SQLException {
        return new Criterion(rs.getLong("id"), rs.getLong("selection_id"), rs.getInt("position"), rs.getString("name"),
                rs.getString("description"), CriterionKind.valueOf(rs.getString("kind")), rs.getInt("weight"));
    }
}
