package org.uptake.governance.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

    private static final String COLUMNS = """
            id, meeting_id, question, status, votes_for, votes_against, votes_abstain, present_count, chair_decided,
            task_title, task_owner_id, task_due_on, task_id, version, decided_at""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Decision> find(long org, long meetingId, long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting_decision where organization_id = ? and meeting_id = ? and id = ?")
                .params(org, meetingId, id).query(Decision.class).optional();
    }

    /** Locks the decision so two tallies or a vote racing a tally cannot both win. */
    Optional<Decision> lock(long org, long meetingId, long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting_decision where organization_id = ? and meeting_id = ? and id = ? for update")
                .params(org, meetingId, id).query(Decision.class).optional();
    }

    List<Decision> ofMeeting(long org, long meetingId) {
        return jdbc.sql("select " + COLUMNS + " from meeting_decision where organization_id = ? and meeting_id = ? order by id")
                .params(org, meetingId).query(Decision.class).list();
    }

    long insert(long org, long meetingId, ProposalForm f) {
        return jdbc.sql("""
                insert into meeting_decision (organization_id, meeting_id, question, task_title, task_owner_id, task_due_on)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(org, meetingId, f.question().strip(), MeetingRepository.blankToNull(f.taskTitle()), f.taskOwnerId(),
                        f.taskDueOn())
                .query(Long.class).single();
    }

    void decide(long id, Tally t) {
        jdbc.sql("""
                update meeting_decision set status = ?, votes_for = ?, votes_against = ?, votes_abstain = ?, present_count = ?,
                       chair_decided = ?, decided_at = now(), version = version + 1 where id = ?""")
                .params(t.outcome().name(), t.votesFor(), t.votesAgainst(), t.votesAbstain(), t.present(), t.chairDecided(), id)
                .update();
    }

    void taskCreated(long id, long taskId) {
        jdbc.sql("update meeting_decision set task_id = ? where id = ?").params(taskId, id).update();
    }

    void vote(long org, long decisionId, long personId, VoteChoice choice, Long recordedBy) {
        jdbc.sql("""
                insert into meeting_vote (decision_id, person_id, organization_id, choice, recorded_by) values (?, ?, ?, ?, ?)
                on conflict (decision_id, person_id) do update set choice = excluded.choice, recorded_by = excluded.recorded_by,
                       cast_at = now()""")
                .params(decisionId, personId, org, choice.name(), recordedBy).update();
    }

    /** The votes of every decision of a meeting, in one query. */
    List<Vote> votes(long org, long meetingId) {
        return jdbc.sql("""
                select v.decision_id, v.person_id, p.full_name as person_name, v.choice, v.recorded_by, v.cast_at
                from meeting_vote v join meeting_decision d on d.id = v.decision_id join person p on p.id = v.person_id
                where v.organization_id = ? and d.meeting_id = ? order by v.decision_id, lower(p.full_name)""")
                .params(org, meetingId).query(Vote.class).list();
    }

    List<Dissent> dissents(long org, long meetingId) {
        return jdbc.sql("""
                select s.id, s.decision_id, s.person_id, p.full_name as person_name, s.text, s.created_at
                from meeting_dissent s join meeting_decision d on d.id = s.decision_id join person p on p.id = s.person_id
                where s.organization_id = ? and d.meeting_id = ? order by s.decision_id, s.id""")
                .params(org, meetingId).query(Dissent.class).list();
    }

    boolean hasDissent(long decisionId, long personId) {
        return jdbc.sql("select count(*) from meeting_dissent where decision_id = ? and person_id = ?")
                .params(decisionId, personId).query(Long.class).single() > 0;
    }

    long insertDissent(long org, long decisionId, long personId, String text) {
        return jdbc.sql("insert into meeting_dissent (organization_id, decision_id, person_id, text) values (?, ?, ?, ?) returning id")
                .params(org, decisionId, personId, text.strip()).query(Long.class).single();
    }

    long openCount(long meetingId) {
        return jdbc.sql("select count(*) from meeting_decision where meeting_id = ? and status = 'VOTING'")
                .param(meetingId).query(Long.class).single();
    }
}
