package org.uptake.program.resource;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AllocationRepository {

    private static final String COLUMNS = """
            a.id, a.program_id, a.person_id, p.full_name, a.role, a.hours_per_week, a.starts_on, a.ends_on, a.version
            from program_allocation a join person p on p.id = a.person_id
            """;

    private final JdbcClient jdbc;

    AllocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Allocation> find(long organizationId, long programId, long id) {
        return jdbc.sql("select " + COLUMNS + " where a.organization_id = ? and a.program_id = ? and a.id = ?")
                .params(organizationId, programId, id).query(AllocationRepository::map).optional();
    }

    /** A page in (start, id) order after the given key. */
    List<Allocation> page(long organizationId, long programId, LocalDate afterStart, long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 where a.organization_id = ? and a.program_id = ? and (a.starts_on, a.id) > (?, ?)
                order by a.starts_on, a.id limit ?""")
                .params(organizationId, programId, afterStart, afterId, limit).query(AllocationRepository::map).list();
    }

    boolean personExists(long organizationId, long personId) {
        return jdbc.sql("select exists (select 1 from person where organization_id = ? and id = ?)")
                .params(organizationId, personId).query(Boolean.class).single();
    }

    long insert(long organizationId, long programId, AllocationForm f) {
        return jdbc.sql("""
                insert into program_allocation (organization_id, program_id, person_id, role, hours_per_week, starts_on, ends_on)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.getPersonId(), f.getRole(), f.getHoursPerWeek(), f.getStartsOn(), f.getEndsOn())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, AllocationForm f) {
        return jdbc.sql("""
                update program_allocation set person_id = ?, role = ?, hours_per_week = ?, starts_on = ?, ends_on = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getPersonId(), f.getRole(), f.getHoursPerWeek(), f.getStartsOn(), f.getEndsOn(), organizationId, id,
                        f.getVersion())
                .update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from program_allocation where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    Optional<BigDecimal> capacity(long organizationId, long personId) {
        return jdbc.sql("select hours_per_week from program_person_capacity where organization_id = ? and person_id = ?")
                .params(organizationId, personId).query(BigDecimal.class).optional();
    }

    void saveCapacity(long organizationId, long personId, BigDecimal hours) {
        jdbc.sql("""
                insert into program_person_capacity (person_id, organization_id, hours_per_week) values (?, ?, ?)
                on conflict (person_id) do update set hours_per_week = excluded.hours_per_week,
                       version = program_person_capacity.version + 1, updated_at = now()""")
                .params(personId, organizationId, hours).update();
    }

    boolean allocated(long programId, long personId) {
        return jdbc.sql("select exists (select 1 from program_allocation where program_id = ? and person_id = ?)")
                .params(programId, personId).query(Boolean.class).single();
    }

    /**
     * Each person allocated to the program with their load, week by week over this program's allocations,
     * summed over every allocation of the organisation that touches the week (a week an allocation only
     * partly covers counts in full: capacity is planned by the week).
     */
    List<PersonLoad> loads(long organizationId, long programId, BigDecimal defaultCapacity) {
        return jdbc.sql("""
                with weeks as (
                    select distinct a.person_id, w::date as week
                    from program_allocation a,
                         generate_series(date_trunc('week', a.starts_on), a.ends_on, interval '7 days') w
                    where a.organization_id = :org and a.program_id = :program
                ), load as (
                    select w.person_id, w.week, sum(o.hours_per_week) as hours, count(distinct o.program_id) as programs
                    from weeks w join program_allocation o on o.organization_id = :org and o.person_id = w.person_id
                         and o.starts_on <= w.week + 6 and o.ends_on >= w.week
                    group by w.person_id, w.week
                )
                select p.id, p.full_name, coalesce(c.hours_per_week, :cap) as capacity, max(l.hours) as peak,
                       (array_agg(l.week order by l.hours desc, l.week))[1] as peak_week,
                       count(*) filter (where l.hours > coalesce(c.hours_per_week, :cap)) as weeks_over,
                       min(l.week) filter (where l.hours > coalesce(c.hours_per_week, :cap)) as first_over,
                       max(l.programs) as programs
                from load l join person p on p.id = l.person_id
                     left join program_person_capacity c on c.person_id = p.id
                group by p.id, p.full_name, c.hours_per_week
                order by count(*) filter (where l.hours > coalesce(c.hours_per_week, :cap)) > 0 desc, p.full_name, p.id""")
                .param("org", organizationId).param("program", programId).param("cap", defaultCapacity)
                .query((rs, n) -> new PersonLoad(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getInt(8)))
                .list();
    }

    private static Allocation map(ResultSet rs, int n) throws SQLException {
        return new Allocation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getInt(9));
    }
}
