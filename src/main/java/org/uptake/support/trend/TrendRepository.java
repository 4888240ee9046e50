package org.uptake.support.trend;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates over the problem table, each one query; the program filter is added only when given. */
@Repository
class TrendRepository {

    private final JdbcClient jdbc;

    TrendRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record WeekType(LocalDate week, String type, long reported) {
    }

    record WeekFlow(LocalDate week, long reported, long resolved) {
    }

    record Sla(long resolvedTotal, long resolvedInSla) {
    }

    private static String program(Long programId) {
        return programId == null ? "" : " and p.program_id = :program";
    }

    private static Map<String, Object> params(long org, Long programId, LocalDate from) {
        Map<String, Object> m = new HashMap<>();
        m.put("org", org);
        m.put("from", from);
        if (programId != null) {
            m.put("program", programId);
        }
        return m;
    }

    List<WeekType> byWeekAndType(long org, Long programId, LocalDate from) {
        return jdbc.sql("""
                select cast(date_trunc('week', p.created_at at time zone 'UTC') as date) as week, p.type, count(*) as reported
                from problem p where p.organization_id = :org and p.created_at >= :from and p.status <> 'DUPLICATE'"""
                        + program(programId) + " group by 1, 2 order by 1, 2")
                .params(params(org, programId, from)).query(WeekType.class).list();
    }

    List<WeekFlow> resolvedByWeek(long org, Long programId, LocalDate from) {
        return jdbc.sql("""
                select cast(date_trunc('week', p.resolved_at at time zone 'UTC') as date) as week, 0 as reported, count(*) as resolved
                from problem p where p.organization_id = :org and p.resolved_at >= :from and p.status <> 'DUPLICATE'"""
                        + program(programId) + " group by 1 order by 1")
                .params(params(org, programId, from)).query(WeekFlow.class).list();
    }

    List<Trends.UnitCount> byUnit(long org, Long programId, LocalDate from, int limit) {
        Map<String, Object> params = params(org, programId, from);
        params.put("limit", limit);
        return jdbc.sql("""
                select p.unit_id, u.name as unit_name, count(*) as total,
                       count(*) filter (where p.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER')) as open,
                       count(*) filter (where p.severity = 'CRITICAL'
                                        and p.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER')) as critical
                from problem p left join unit u on u.id = p.unit_id
                where p.organization_id = :org and p.created_at >= :from and p.status <> 'DUPLICATE'"""
                        + program(programId) + " group by p.unit_id, u.name order by count(*) desc, u.name limit :limit")
                .params(params).query(Trends.UnitCount.class).list();
    }

    Sla sla(long org, Long programId, LocalDate from) {
        return jdbc.sql("""
                select count(*) as resolved_total, count(*) filter (where p.resolved_at <= p.sla_due_at) as resolved_in_sla
                from problem p where p.organization_id = :org and p.resolved_at >= :from and p.status <> 'DUPLICATE'"""
                        + program(programId))
                .params(params(org, programId, from)).query(Sla.class).single();
    }
    OpenProblems open(long org, long programId) {
        return jdbc.sql("""
                select count(*) as open, count(*) filter (where p.severity = 'CRITICAL') as critical,
                       count(*) filter (where p.severity = 'HIGH') as high, count(*) filter (where p.severity = 'MEDIUM') as medium,
                       count(*) filter (where p.severity = 'LOW') as low
                from problem p where p.organization_id = :org and p.program_id = :program
                  and p.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER')""")
                .param("org", org).param("program", programId).query(OpenProblems.class).single();
    }
}
