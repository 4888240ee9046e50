package org.uptake.support.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 10,000 problems for the benchmarks, written in one set-based statement: spread over a year, every kind
 * and severity, across the organisation's units and people, most of them resolved.
 */
@Component
class LargeProblemLog {

    static final int COUNT = 10_000;

    private final JdbcClient jdbc;

    LargeProblemLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(long org, long program) {
        jdbc.sql("""
                with units as (select id, row_number() over (order by id) as n, count(*) over () as total
                               from unit where organization_id = :org),
                     people as (select id, full_name, row_number() over (order by id) as n, count(*) over () as total
                                from person where organization_id = :org),
                     g as (select i, now() - make_interval(mins => (i * 52)::int) as at from generate_series(1, :count) i)
                insert into problem (organization_id, program_id, type, severity, status, title, description, unit_id,
                                     reporter_person_id, reporter_name, owner_person_id, resolution, sla_hours, sla_due_at,
                                     resolved_at, closed_at, created_at, updated_at,
                                     material_name, material_version)
                select :org, :program,
                       (array['TECHNICAL_ERROR','RESISTANCE','TRAINING_MATERIAL','INTEGRATION_FAILURE','QUESTION','REQUEST'])[1 + i % 6],
                       (array['LOW','MEDIUM','MEDIUM','HIGH','CRITICAL'])[1 + i % 5],
                       case when i % 50 = 0 then 'NEW' when i % 23 = 0 then 'IN_PROGRESS' when i % 10 = 0 then 'RESOLVED' else 'CLOSED' end,
                       'Demo problem ' || i, 'Generated for the benchmarks.',
                       u.id, p.id, p.full_name, p.id,
                       case when i % 50 = 0 or i % 23 = 0 then null else 'Answered.' end,
                       24, at + interval '24 hours',
                       case when i % 50 = 0 or i % 23 = 0 then null else at + make_interval(hours => (i % 40)::int) end,
                       case when i % 50 = 0 or i % 23 = 0 or i % 10 = 0 then null else at + make_interval(hours => (i % 40 + 2)::int) end,
                       at, at,
                       case when i % 6 = 2 then 'User guide' end, case when i % 6 = 2 then '1.' || (i % 4) end
                from g
                join units u on u.n = 1 + g.i % u.total
                join people p on p.n = 1 + (g.i * 7) % p.total""")
                .param("org", org).param("program", program).param("count", COUNT).update();
        jdbc.sql("analyze problem").update();
    }
}
