package org.uptake.process.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.Actor;

@Repository
class StrategyRepository {

    private static final String COLUMNS = """
            id, revision, clients, client_needs, competitive_edge, target_segments, acquisition_methods, service_principles,
            change_note, created_by_name, created_at""";
    private static final RowMapper<StrategyRevision> ROW = (rs, n) -> new StrategyRevision(rs.getLong("id"),
            rs.getInt("revision"), rs.getString("clients"), rs.getString("client_needs"), rs.getString("competitive_edge"),
            rs.getString("target_segments"), rs.getString("acquisition_methods"), rs.getString("service_principles"),
            rs.getString("change_note"), rs.getString("created_by_name"), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;

    StrategyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StrategyRevision> latest(long organizationId) {
        return jdbc.sql("select " + COLUMNS + " from strategy_revision where organization_id = ? order by revision desc limit 1")
                .param(organizationId).query(ROW).optional();
    }

    Optional<StrategyRevision> revision(long organizationId, int revision) {
        return jdbc.sql("select " + COLUMNS + " from strategy_revision where organization_id = ? and revision = ?")
                .params(organizationId, revision).query(ROW).optional();
    }

    List<StrategyRevision> history(long organizationId) {
        return jdbc.sql("select " + COLUMNS + " from strategy_revision where organization_id = ? order by revision desc limit 200")
                .param(organizationId).query(ROW).list();
    }

    /** Inserts the next revision; a concurrent save of the same number hits the unique key. */
    long insert(long organizationId, int revision, StrategyForm f, Actor actor) {
        return jdbc.sql("""
                insert into strategy_revision (organization_id, revision, clients, client_needs, competitive_edge,
                    target_segments, acquisition_methods, service_principles, change_note, created_by_user_id, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, revision, f.getClients(), f.getClientNeeds(), f.getCompetitiveEdge(),
                        f.getTargetSegments(), f.getAcquisitionMethods(), f.getServicePrinciples(), f.getChangeNote(),
                        actor.userId(), actor.displayName())
                .query(Long.class).single();
    }
}
