package org.uptake.program;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people and units around a program: team members, goals, scope units and checklist ticks. */
@Repository
class ProgramTeamRepository {

    private final JdbcClient jdbc;

    ProgramTeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<ProgramRole> rolesOf(long programId, long personId) {
        List<String> roles = jdbc.sql("select role from program_member where program_id = ? and person_id = ?")
                .params(programId, personId).query(String.class).list();
        Set<ProgramRole> set = EnumSet.noneOf(ProgramRole.class);
        roles.forEach(r -> set.add(ProgramRole.valueOf(r)));
        return set;
    }

    List<ProgramMember> members(long organizationId, long programId) {
        return jdbc.sql("""
                select m.id, m.person_id, p.full_name as person_name, p.email, m.role
                from program_member m join person p on p.id = m.person_id
                where m.organization_id = ? and m.program_id = ? order by m.role, lower(p.full_name), m.id""")
                .params(organizationId, programId)
                .query((rs, n) -> new ProgramMember(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                        rs.getString("email"), ProgramRole.valueOf(rs.getString("role"))))
                .list();
    }

    Optional<ProgramMember> member(long organizationId, long programId, long memberId) {
        return members(organizationId, programId).stream().filter(m -> m.id() == memberId).findFirst();
    }

    boolean addMember(long organizationId, long programId, long personId, ProgramRole role) {
        return jdbc.sql("""
                insert into program_member (organization_id, program_id, person_id, role) values (?, ?, ?, ?)
                on conflict (program_id, person_id, role) do nothing""")
                .params(organizationId, programId, personId, role.name()).update() > 0;
    }

    int removeMember(long organizationId, long programId, long memberId) {
        return jdbc.sql("delete from program_member where organization_id = ? and program_id = ? and id = ?")
                .params(organizationId, programId, memberId).update();
    }

    long countRole(long programId, ProgramRole role) {
        return jdbc.sql("select count(*) from program_member where program_id = ? and role = ?")
                .params(programId, role.name()).query(Long.class).single();
    }

    /** The ids of current people of the organisation among the given ones. */
    Set<Long> existingPeople(long organizationId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select id from person where organization_id = ? and employment_status <> 'LEFT' and id = any (?)""")
                .params(organizationId, ids.toArray(Long[]::new)).query(Long.class).list());
    }

    Set<Long> existingUnits(long organizationId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from unit where organization_id = ? and id = any (?)")
                .params(organizationId, ids.toArray(Long[]::new)).query(Long.class).list());
    }

    record ScopeUnit(long id, String name, String path) {
    }

    List<ScopeUnit> units(long organizationId, long programId) {
        return jdbc.sql("""
                select u.id, u.name, u.path from program_unit pu join unit u on u.id = pu.unit_id
                where pu.organization_id = ? and pu.program_id = ? order by u.path""")
                .params(organizationId, programId).query(ScopeUnit.class).list();
    }

    void replaceUnits(long organizationId, long programId, java.util.Collection<Long> unitIds) {
        jdbc.sql("delete from program_unit where program_id = ?").param(programId).update();
        for (Long unitId : unitIds) {
            jdbc.sql("insert into program_unit (organization_id, program_id, unit_id) values (?, ?, ?)")
                    .params(organizationId, programId, unitId).update();
        }
    }

    List<Goal> goals(long organizationId, long programId) {
        return jdbc.sql("""
                select g.id, g.program_id, g.position, g.statement, g.internal_customer_person_id,
                       p.full_name as internal_customer_name, g.version
                from program_goal g left join person p on p.id = g.internal_customer_person_id
                where g.organization_id = ? and g.program_id = ? order by g.position, g.id""")
                .params(organizationId, programId).query(Goal.class).list();
    }

    long addGoal(long organizationId, long programId, String statement, Long customerId) {
        return jdbc.sql("""
                insert into program_goal (organization_id, program_id, position, statement, internal_customer_person_id)
                values (?, ?, (select coalesce(max(position), 0) + 1 from program_goal where program_id = ?), ?, ?) returning id""")
                .params(organizationId, programId, programId, statement, customerId).query(Long.class).single();
    }

    int updateGoal(long organizationId, long programId, long goalId, String statement, Long customerId, int version) {
        return jdbc.sql("""
                update program_goal set statement = ?, internal_customer_person_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and id = ? and version = ?""")
                .params(statement, customerId, organizationId, programId, goalId, version).update();
    }

    int deleteGoal(long organizationId, long programId, long goalId, int version) {
        return jdbc.sql("delete from program_goal where organization_id = ? and program_id = ? and id = ? and version = ?")
                .params(organizationId, programId, goalId, version).update();
    }

    /** Ticked checklist items of the program: "checklist/item" → who ticked it. */
    Map<String, String> ticks(long organizationId, long programId) {
        return jdbc.sql("""
                select checklist_key || '/' || item_key as k, checked_by_name from program_checklist_tick
                where organization_id = ? and program_id = ?""")
                .params(organizationId, programId)
                .query((rs, n) -> Map.entry(rs.getString("k"), rs.getString("checked_by_name"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void tick(long organizationId, long programId, String checklist, String item, long userId, String userName) {
        jdbc.sql("""
                insert into program_checklist_tick (organization_id, program_id, checklist_key, item_key, checked_by, checked_by_name)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(organizationId, programId, checklist, item, userId, userName).update();
    }

    void untick(long organizationId, long programId, String checklist, String item) {
        jdbc.sql("delete from program_checklist_tick where organization_id = ? and program_id = ? and checklist_key = ? and item_key = ?")
                .params(organizationId, programId, checklist, item).update();
    }
}
