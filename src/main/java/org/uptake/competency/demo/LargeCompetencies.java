package org.uptake.competency.demo;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Large demo, set-based: job duties for every position executing a process, a twelve-entry
 * catalogue, six requirements per position, and an agreed assessment with gaps for every person
 * holding a position (about 20,000) — what the duties and gap-matrix benchmarks read.
 */
final class LargeCompetencies {

    private final JdbcClient jdbc;
    private final long org;

    LargeCompetencies(JdbcClient jdbc, long org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    void build() {
        jdbc.sql("""
                insert into job_duties (organization_id, position_id)
                select distinct ?, position_id from process_executor where organization_id = ? and position_id is not null""")
                .params(org, org).update();
        jdbc.sql("""
                insert into competency (organization_id, kind, name)
                select ?, (array['GENERAL_KNOWLEDGE','SUBJECT_KNOWLEDGE','SKILL','PERSONAL_QUALITY'])[1 + g % 4], 'Competency ' || g
                from generate_series(1, 12) g""").param(org).update();
        jdbc.sql("""
                insert into position_requirement (organization_id, position_id, competency_id, required_level)
                select ?, p.id, c.id, 2 + (p.id + c.id) % 3
                from position p
                join lateral (select id from competency where organization_id = ? order by (id * 7 + p.id) % 12 limit 6) c on true
                where p.organization_id = ?""").params(org, org, org).update();
        jdbc.sql("""
                insert into assessment (organization_id, person_id, position_id, status, latest, created_by_name, agreed_at, agreed_by_name)
                select ?, id, position_id, 'AGREED', true, 'Demo', now(), 'Demo'
                from person where organization_id = ? and position_id is not null and employment_status <> 'LEFT'""")
                .params(org, org).update();
        jdbc.sql("""
                insert into assessment_item (organization_id, assessment_id, competency_id, required_level, self_level, manager_level, agreed_level)
                select ?, a.id, r.competency_id, r.required_level, r.required_level, greatest(r.required_level - (a.id + r.competency_id) % 3, 0),
                       greatest(r.required_level - (a.id + r.competency_id) % 3, 0)
                from assessment a join position_requirement r on r.position_id = a.position_id
                where a.organization_id = ?""").params(org, org).update();
    }
}
