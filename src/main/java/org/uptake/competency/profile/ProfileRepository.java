package org.uptake.competency.profile;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfileRepository {

    private static final String REQUIREMENT = """
            select r.id, r.position_id, r.process_id, p.name as process_name, r.competency_id, c.name as competency_name,
                   c.kind, r.required_level, r.version
            from position_requirement r join competency c on c.id = r.competency_id
            left join process p on p.id = r.process_id
            """;

    private final JdbcClient jdbc;

    ProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Requirement> requirements(long organizationId, long positionId) {
        return jdbc.sql(REQUIREMENT + " where r.organization_id = ? and r.position_id = ? order by p.path nulls first, c.kind, lower(c.name)")
                .params(organizationId, positionId).query(Requirement.class).list();
    }

    Optional<Requirement> requirement(long organizationId, long id) {
        return jdbc.sql(REQUIREMENT + " where r.organization_id = ? and r.id = ?").params(organizationId, id)
                .query(Requirement.class).optional();
    }

    boolean exists(long positionId, Long processId, long competencyId) {
        return jdbc.sql("""
                select exists (select 1 from position_requirement where position_id = ? and coalesce(process_id, 0) = ? and competency_id = ?)""")
                .params(positionId, processId == null ? 0L : processId, competencyId).query(Boolean.class).single();
    }

    long insert(long organizationId, long positionId, Long processId, long competencyId, int level) {
        return jdbc.sql("""
                insert into position_requirement (organization_id, position_id, process_id, competency_id, required_level)
                values (?, ?, ?, ?, ?) returning id""")
                .params(organizationId, positionId, processId, competencyId, level).query(Long.class).single();
    }

    int updateLevel(long organizationId, long id, int level, int version) {
        return jdbc.sql("update position_requirement set required_level = ?, version = version + 1 where organization_id = ? and id = ? and version = ?")
                .params(level, organizationId, id, version).update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from position_requirement where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    /** Counts a change of the requirement set of (position, process); agreements to older versions become outdated. */
    void bumpSet(long organizationId, long positionId, Long processId) {
        jdbc.sql("""
                insert into requirement_set (organization_id, position_id, process_key, set_version) values (?, ?, ?, 1)
                on conflict (position_id, process_key) do update set set_version = requirement_set.set_version + 1""")
                .params(organizationId, positionId, processId == null ? 0L : processId).update();
    }

    int setVersion(long positionId, Long processId) {
        return jdbc.sql("select coalesce((select set_version from requirement_set where position_id = ? and process_key = ?), 0)")
                .params(positionId, processId == null ? 0L : processId).query(Integer.class).single();
    }

    void agree(long organizationId, long positionId, Long processId, String party, long personId, String personName, int setVersion) {
        jdbc.sql("delete from requirement_agreement where position_id = ? and coalesce(process_id, 0) = ? and party = ?")
                .params(positionId, processId == null ? 0L : processId, party).update();
        jdbc.sql("""
                insert into requirement_agreement (organization_id, position_id, process_id, party, person_id, person_name, set_version)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(organizationId, positionId, processId, party, personId, personName, setVersion).update();
    }

    List<Agreement> agreements(long organizationId, long positionId) {
        return jdbc.sql("""
                select a.process_id, a.party, a.person_name, a.set_version, a.agreed_at,
                       a.set_version = coalesce(s.set_version, 0) as current
                from requirement_agreement a
                left join requirement_set s on s.position_id = a.position_id and s.process_key = coalesce(a.process_id, 0)
                where a.organization_id = ? and a.position_id = ? order by a.process_id nulls first, a.party""")
                .params(organizationId, positionId).query(Agreement.class).list();
    }

    List<JobProfile.Responsibility> responsibilities(long organizationId, long positionId) {
        return jdbc.sql("select id, text, version from position_responsibility where organization_id = ? and position_id = ? order by id")
                .params(organizationId, positionId).query(JobProfile.Responsibility.class).list();
    }

    long addResponsibility(long organizationId, long positionId, String text) {
        return jdbc.sql("insert into position_responsibility (organization_id, position_id, text) values (?, ?, ?) returning id")
                .params(organizationId, positionId, text).query(Long.class).single();
    }

    int deleteResponsibility(long organizationId, long positionId, long id, int version) {
        return jdbc.sql("delete from position_responsibility where organization_id = ? and position_id = ? and id = ? and version = ?")
                .params(organizationId, positionId, id, version).update();
    }

    /** The position held by a person, and whether they head a unit or manage someone holding the position. */
    Optional<Long> positionOf(long organizationId, long personId) {
        return jdbc.sql("select position_id from person where organization_id = ? and id = ? and employment_status <> 'LEFT'")
                .params(organizationId, personId).query(Long.class).optional();
    }

    boolean managesAHolder(long organizationId, long personId, long positionId) {
        return jdbc.sql("""
                select exists (select 1 from person p where p.organization_id = ? and p.position_id = ? and p.manager_id = ?
                               and p.employment_status <> 'LEFT')
                    or exists (select 1 from person p join unit u on u.id = p.unit_id
                               join unit h on (h.head_person_id = ? or h.acting_head_person_id = ?) and u.path like h.path || '%'
                               where p.organization_id = ? and p.position_id = ? and p.employment_status <> 'LEFT')""")
                .params(organizationId, positionId, personId, personId, personId, organizationId, positionId)
                .query(Boolean.class).single();
    }
}
