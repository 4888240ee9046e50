package org.uptake.governance.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

    private static final String COLUMNS = """
            id, organization_id, group_id, number, held_on, place, agenda, minutes, status, version, created_at, updated_at""";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Meeting> find(long org, long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting where organization_id = ? and id = ?")
                .params(org, id).query(Meeting.class).optional();
    }

    /** Newest first; a group has tens of meetings, so one page lists them all. */
    List<Meeting> ofGroup(long org, long groupId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from meeting where organization_id = ? and group_id = ? order by number desc limit ?")
                .params(org, groupId, limit).query(Meeting.class).list();
    }

    long insert(long org, long groupId, MeetingForm f) {
        return jdbc.sql("""
                insert into meeting (organization_id, group_id, number, held_on, place, agenda)
                values (:org, :group, (select coalesce(max(number), 0) + 1 from meeting where group_id = :group),
                        :heldOn, :place, :agenda) returning id""")
                .param("org", org).param("group", groupId).param("heldOn", f.heldOn())
                .param("place", blankToNull(f.place())).param("agenda", f.agenda().strip())
                .query(Long.class).single();
    }

    boolean update(long org, long id, MeetingForm f) {
        return jdbc.sql("""
                update meeting set held_on = ?, place = ?, agenda = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status <> 'CLOSED'""")
                .params(f.heldOn(), blankToNull(f.place()), f.agenda().strip(), org, id, f.version()).update() == 1;
    }

    boolean updateMinutes(long org, long id, String minutes, int version) {
        return jdbc.sql("""
                update meeting set minutes = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(blankToNull(minutes), org, id, version).update() == 1;
    }

    boolean setStatus(long org, long id, MeetingStatus status, int version) {
        return jdbc.sql("""
                update meeting set status = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(status.name(), org, id, version).update() == 1;
    }

    /** Every current member of the meeting's group with their attendance (null before it is recorded). */
    List<Attendee> attendees(long org, long meetingId) {
        return jdbc.sql("""
                select m.person_id, p.full_name as person_name, pos.title as position_title, m.role, a.present
                from meeting mt
                join working_group_member m on m.group_id = mt.group_id
                join person p on p.id = m.person_id
                left join position pos on pos.id = p.position_id
                left join meeting_attendance a on a.meeting_id = mt.id and a.person_id = m.person_id
                where mt.organization_id = ? and mt.id = ?
                order by case m.role when 'CHAIR' then 0 when 'DEPUTY' then 1 when 'SECRETARY' then 2 else 3 end,
                         lower(p.full_name)""")
                .params(org, meetingId).query(Attendee.class).list();
    }

    void replaceAttendance(long org, long meetingId, List<Long> memberIds, List<Long> presentIds) {
        jdbc.sql("delete from meeting_attendance where meeting_id = ?").param(meetingId).update();
        jdbc.sql("""
                insert into meeting_attendance (meeting_id, person_id, organization_id, present)
                select :meeting, m, :org, m = any(:present) from unnest(:members) as m""")
                .param("meeting", meetingId).param("org", org)
                .param("present", presentIds.toArray(Long[]::new)).param("members", memberIds.toArray(Long[]::new))
                .update();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
