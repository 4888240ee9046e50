package org.uptake.governance.group;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

@Repository
class WorkingGroupRepository {

    private static final String COLUMNS = """
            id, organization_id, kind, name, purpose, program_id, quorum_percent, tie_rule, active, version,
            created_at, updated_at""";
    private static final String MEMBER = """
            select m.id, m.group_id, m.person_id, p.full_name as person_name, pos.title as position_title, p.email,
                   m.role, m.powers
            from working_group_member m join person p on p.id = m.person_id
            left join position pos on pos.id = p.position_id""";

    private final JdbcClient jdbc;

    WorkingGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WorkingGroup> find(long org, long id) {
        return jdbc.sql("select " + COLUMNS + " from working_group where organization_id = ? and id = ?")
                .params(org, id).query(WorkingGroup.class).optional();
    }

    List<WorkingGroup> page(long org, PageRequest request, Long programId) {
        Cursor after = request.cursor();
        return jdbc.sql("select " + COLUMNS + """
                 from working_group where organization_id = :org
                  and (cast(:program as bigint) is null or program_id = :program)
                  and (cast(:q as text) is null or name ilike :q)
                  and (cast(:afterName as text) is null or (lower(name), id) > (:afterName, :afterId))
                order by lower(name), id limit :limit""")
                .param("org", org).param("program", programId).param("q", request.likePattern())
                .param("afterName", after == null ? null : after.key()).param("afterId", after == null ? 0 : after.id())
                .param("limit", request.size() + 1)
                .query(WorkingGroup.class).list();
    }

    long insert(long org, WorkingGroupForm f) {
        return jdbc.sql("""
                insert into working_group (organization_id, kind, name, purpose, program_id, quorum_percent, tie_rule)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, f.kind().name(), f.name().strip(), blankToNull(f.purpose()), f.programId(), f.quorumPercent(),
                        f.tieRule().name())
                .query(Long.class).single();
    }

    boolean update(long org, long id, WorkingGroupForm f) {
        return jdbc.sql("""
                update working_group set kind = ?, name = ?, purpose = ?, program_id = ?, quorum_percent = ?, tie_rule = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.kind().name(), f.name().strip(), blankToNull(f.purpose()), f.programId(), f.quorumPercent(),
                        f.tieRule().name(), org, id, f.version())
                .update() == 1;
    }

    /** Any change to the members bumps the group's version, so a stale member edit is noticed. */
    boolean touch(long org, long id, int version) {
        return jdbc.sql("update working_group set version = version + 1, updated_at = now() where organization_id = ? and id = ? and version = ?")
                .params(org, id, version).update() == 1;
    }

    List<GroupMember> members(long org, long groupId) {
        return jdbc.sql(MEMBER + """
                 where m.organization_id = ? and m.group_id = ?
                order by case m.role when 'CHAIR' then 0 when 'DEPUTY' then 1 when 'SECRETARY' then 2 else 3 end,
                         lower(p.full_name), m.id""")
                .params(org, groupId).query(GroupMember.class).list();
    }

    Optional<GroupMember> member(long org, long groupId, long memberId) {
        return jdbc.sql(MEMBER + " where m.organization_id = ? and m.group_id = ? and m.id = ?")
                .params(org, groupId, memberId).query(GroupMember.class).optional();
    }

    long insertMember(long org, long groupId, MemberForm f) {
        return jdbc.sql("""
                insert into working_group_member (organization_id, group_id, person_id, role, powers)
                values (?, ?, ?, ?, ?) returning id""")
                .params(org, groupId, f.personId(), f.role().name(), blankToNull(f.powers()))
                .query(Long.class).single();
    }

    void deleteMember(long org, long memberId) {
        jdbc.sql("delete from working_group_member where organization_id = ? and id = ?").params(org, memberId).update();
    }

    /** The groups the person sits in, with their role there. */
    List<MyGroup> ofPerson(long org, long personId) {
        return jdbc.sql("""
                select g.id, g.name, g.kind, m.role from working_group_member m join working_group g on g.id = m.group_id
                where m.organization_id = ? and m.person_id = ? and g.active order by lower(g.name), g.id""")
                .params(org, personId).query(MyGroup.class).list();
    }

    boolean personExists(long org, long personId) {
        return jdbc.sql("select count(*) from person where organization_id = ? and id = ? and employment_status <> 'LEFT'")
                .params(org, personId).query(Long.class).single() > 0;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
