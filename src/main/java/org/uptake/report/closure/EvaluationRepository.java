package org.uptake.report.closure;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvaluationRepository {

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Evaluation> find(long organizationId, long programId) {
        return jdbc.sql("""
                select program_id, went_well, improvements, conclusion, version from evaluation
                where organization_id = ? and program_id = ?""").params(organizationId, programId)
                .query((rs, n) -> new Evaluation(rs.getLong("program_id"), rs.getString("went_well"), rs.getString("improvements"),
                        rs.getString("conclusion"), rs.getInt("version"))).optional();
    }

    /** Saves the texts; the first save creates the row (version 0), later ones need the current version. */
    int save(long organizationId, long programId, EvaluationForm f) {
        if (f.getVersion() == 0) {
            int inserted = jdbc.sql("""
                    insert into evaluation (organization_id, program_id, went_well, improvements, conclusion, version)
                    values (?, ?, ?, ?, ?, 1) on conflict (program_id) do nothing""")
                    .params(organizationId, programId, f.getWentWell(), f.getImprovements(), f.getConclusion()).update();
            if (inserted == 1) {
                return 1;
            }
        }
        return jdbc.sql("""
                update evaluation set went_well = ?, improvements = ?, conclusion = ?, version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and version = ?""")
                .params(f.getWentWell(), f.getImprovements(), f.getConclusion(), organizationId, programId, f.getVersion()).update();
    }

    /** Every goal of the program with its result (or none yet), in the goals' order. */
    List<GoalResult> goals(long organizationId, long programId) {
        return jdbc.sql("""
                select g.id, g.statement, r.result, r.evidence, coalesce(r.version, 0) as version
                from program_goal g left join evaluation_goal_result r on r.goal_id = g.id
                where g.organization_id = ? and g.program_id = ? order by g.position, g.id""")
                .params(organizationId, programId)
                .query((rs, n) -> new GoalResult(rs.getLong("id"), rs.getString("statement"),
                        rs.getString("result") == null ? null : GoalVerdict.valueOf(rs.getString("result")),
                        rs.getString("evidence"), rs.getInt("version"))).list();
    }

    int assess(long organizationId, long programId, long goalId, GoalResultForm f) {
        if (f.getVersion() == 0) {
            int inserted = jdbc.sql("""
                    insert into evaluation_goal_result (organization_id, program_id, goal_id, result, evidence, version)
                    values (?, ?, ?, ?, ?, 1) on conflict (goal_id) do nothing""")
                    .params(organizationId, programId, goalId, f.getVerdict().name(), f.getEvidence()).update();
            if (inserted == 1) {
                return 1;
            }
        }
        return jdbc.sql("""
                update evaluation_goal_result set result = ?, evidence = ?, version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and goal_id = ? and version = ?""")
                .params(f.getVerdict().name(), f.getEvidence(), organizationId, programId, goalId, f.getVersion()).update();
    }

    List<Interview> interviews(long organizationId, long programId) {
        return jdbc.sql("""
                select i.*, p.full_name from evaluation_interview i join person p on p.id = i.person_id
                where i.organization_id = ? and i.program_id = ? order by i.interviewed_on, i.id""")
                .params(organizationId, programId)
                .query((rs, n) -> new Interview(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("person_id"),
                        rs.getString("full_name"), rs.getObject("interviewed_on", java.time.LocalDate.class), rs.getString("role"),
                        rs.getString("notes"), rs.getInt("version"))).list();
    }

    long addInterview(long organizationId, long programId, InterviewForm f) {
        return jdbc.sql("""
                insert into evaluation_interview (organization_id, program_id, person_id, interviewed_on, role, notes)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.getPersonId(), f.getInterviewedOn(), f.getRole(), f.getNotes())
                .query(Long.class).single();
    }

    int deleteInterview(long organizationId, long programId, long id) {
        return jdbc.sql("delete from evaluation_interview where organization_id = ? and program_id = ? and id = ?")
                .params(organizationId, programId, id).update();
    }

    boolean personExists(long organizationId, long personId) {
        return jdbc.sql("select exists (select 1 from person where organization_id = ? and id = ?)")
                .params(organizationId, personId).query(Boolean.class).single();
    }
}
