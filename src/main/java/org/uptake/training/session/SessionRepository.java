package org.uptake.training.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

    static final String SESSION = """
            select s.id, s.program_id, s.course_id, c.title as course_title, s.format, s.starts_at, s.ends_at, s.time_zone,
                   s.place, s.room, s.link, s.trainer_person_id, t.full_name as trainer_name, s.capacity, s.status,
                   s.sequence, s.version,
                   (select count(*) from training_enrolment e where e.session_id = s.id and e.status = 'ENROLLED') as enrolled,
                   (select count(*) from training_enrolment e where e.session_id = s.id and e.status = 'WAITLISTED') as waitlisted
            from training_session s join training_course c on c.id = s.course_id
            left join person t on t.id = s.trainer_person_id
            where s.organization_id = :org""";

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TrainingSession> find(long org, long id) {
        return jdbc.sql(SESSION + " and s.id = :id").param("org", org).param("id", id)
                .query(SessionRepository::session).optional();
    }

    /** One keyset page of the program's sessions by start time. */
    List<TrainingSession> page(long org, long programId, Instant afterStart, Long afterId, int limit) {
        String keyset = afterId == null ? "" : " and (s.starts_at, s.id) > (:afterStart, :afterId)";
        var spec = jdbc.sql(SESSION + " and s.program_id = :program" + keyset + " order by s.starts_at, s.id limit :limit")
                .param("org", org).param("program", programId).param("limit", limit);
        if (afterId != null) {
            spec = spec.param("afterStart", Timestamp.from(afterStart)).param("afterId", afterId);
        }
        return spec.query(SessionRepository::session).list();
    }

    /** The scheduled sessions of the person as trainer or as enrolled, from {@code from} on. */
    List<TrainingSession> ofPerson(long org, long personId, Instant from, int limit) {
        return jdbc.sql(SESSION + """
                 and s.ends_at >= :from and (s.trainer_person_id = :person or exists
                     (select 1 from training_enrolment e where e.session_id = s.id and e.person_id = :person))
                order by s.starts_at, s.id limit :limit""")
                .param("org", org).param("person", personId).param("from", Timestamp.from(from)).param("limit", limit)
                .query(SessionRepository::session).list();
    }

    /** A scheduled session of the trainer, or in the room, that overlaps the interval (other than {@code exceptId}). */
    Optional<Long> clash(long org, String column, Object value, Instant start, Instant end, long exceptId) {
        String match = column.equals("room") ? "lower(s.room) = lower(:value)" : "s.trainer_person_id = :value";
        return jdbc.sql("""
                select s.id from training_session s
                where s.organization_id = :org and s.status = 'SCHEDULED' and s.id <> :except and\s""" + match + " " + """
                  and s.starts_at < :end and s.ends_at > :start limit 1""")
                .param("org", org).param("value", value).param("except", exceptId)
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end)).query(Long.class).optional();
    }

    /** Serialises bookings of one trainer: two coordinators booking them at once cannot both pass the clash check. */
    boolean lockPerson(long org, long personId) {
        return jdbc.sql("select id from person where organization_id = ? and id = ? for update")
                .params(org, personId).query(Long.class).optional().isPresent();
    }

    long insert(long org, long programId, SessionForm f, Instant start, Instant end) {
        return jdbc.sql("""
                insert into training_session (organization_id, program_id, course_id, format, starts_at, ends_at, time_zone,
                                              place, room, link, trainer_person_id, capacity)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, programId, f.courseId(), f.format().name(), Timestamp.from(start), Timestamp.from(end),
                        f.timeZone(), blankToNull(f.place()), blankToNull(f.room()), blankToNull(f.link()),
                        f.trainerPersonId(), f.capacity())
                .query(Long.class).single();
    }

    int update(long org, long id, SessionForm f, Instant start, Instant end, boolean raiseSequence) {
        return jdbc.sql("""
                update training_session set format = ?, starts_at = ?, ends_at = ?, time_zone = ?, place = ?, room = ?,
                       link = ?, trainer_person_id = ?, capacity = ?, sequence = sequence + ?, version = version + 1,
                       updated_at = now()
                where organization_id = ? and id = ? and version = ? and status = 'SCHEDULED'""")
                .params(f.format().name(), Timestamp.from(start), Timestamp.from(end), f.timeZone(), blankToNull(f.place()),
                        blankToNull(f.room()), blankToNull(f.link()), f.trainerPersonId(), f.capacity(),
                        raiseSequence ? 1 : 0, org, id, f.version())
                .update();
    }

    int cancel(long org, long id, int version) {
        return jdbc.sql("""
                update training_session set status = 'CANCELLED', sequence = sequence + 1, version = version + 1,
                       updated_at = now()
                where organization_id = ? and id = ? and version = ? and status = 'SCHEDULED'""")
                .params(org, id, version).update();
    }

    boolean isEnrolled(long org, long sessionId, long personId) {
        return jdbc.sql("select exists (select 1 from training_enrolment where organization_id = ? and session_id = ? and person_id = ?)")
                .params(org, sessionId, personId).query(Boolean.class).single();
    }

    boolean hasEnrolments(long org, long id) {
        return jdbc.sql("select exists (select 1 from training_enrolment where organization_id = ? and session_id = ?)")
                .params(org, id).query(Boolean.class).single();
    }

    int delete(long org, long id, int version) {
        return jdbc.sql("delete from training_session where organization_id = ? and id = ? and version = ?")
                .params(org, id, version).update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static TrainingSession session(ResultSet rs, int n) throws SQLException {
        return new TrainingSession(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("course_id"),
                rs.getString("course_title"), SessionFormat.valueOf(rs.getString("format")),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("time_zone"),
                rs.getString("place"), rs.getString("room"), rs.getString("link"), (Long) rs.getObject("trainer_person_id"),
                rs.getString("trainer_name"), (Integer) rs.getObject("capacity"), SessionStatus.valueOf(rs.getString("status")),
                rs.getInt("sequence"), rs.getInt("enrolled"), rs.getInt("waitlisted"), rs.getInt("version"));
    }
}
