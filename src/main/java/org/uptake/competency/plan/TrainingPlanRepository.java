package org.uptake.competency.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TrainingPlanRepository {

    private static final String SELECT = """
            select i.id, i.person_id, i.source, i.competency_id, c.name as competency_name, i.assessment_id, i.need,
                   i.current_level, i.target_level, i.course_ref, i.status, i.reassess, i.due_on, i.closed_at,
                   i.created_at, i.version
            from training_plan_item i left join competency c on c.id = i.competency_id
            """;

    private final JdbcClient jdbc;

    TrainingPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanItem> forPerson(long organizationId, long personId) {
        return jdbc.sql(SELECT + """
                where i.organization_id = ? and i.person_id = ?
                order by case i.status when 'OPEN' then 0 else 1 end, i.id desc limit 500""")
                .params(organizationId, personId).query(PlanItem.class).list();
    }

    Optional<PlanItem> find(long organizationId, long id) {
        return jdbc.sql(SELECT + " where i.organization_id = ? and i.id = ?").params(organizationId, id)
                .query(PlanItem.class).optional();
    }

    /** Whether an open item for the same need already exists: generating twice must not double the plan. */
    boolean hasOpen(long organizationId, PlanItemDraft d) {
        return jdbc.sql("""
                select exists (select 1 from training_plan_item where organization_id = ? and person_id = ? and status = 'OPEN'
                  and source = ? and ((? ::bigint is not null and competency_id = ?) or (?::bigint is null and need = ?)))""")
                .params(organizationId, d.personId(), d.source().name(), d.competencyId(), d.competencyId(),
                        d.competencyId(), d.need())
                .query(Boolean.class).single();
    }

    long insert(long organizationId, PlanItemDraft d) {
        return jdbc.sql("""
                insert into training_plan_item (organization_id, person_id, source, competency_id, assessment_id, need,
                                                current_level, target_level)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, d.personId(), d.source().name(), d.competencyId(), d.assessmentId(), d.need(),
                        d.currentLevel(), d.targetLevel())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, PlanItemForm f) {
        return jdbc.sql("""
                update training_plan_item set need = ?, course_ref = ?, target_level = ?, due_on = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getNeed(), f.getCourseRef(), f.getTargetLevel(), f.getDueOn(), organizationId, id, f.getVersion())
                .update();
    }

    int close(long organizationId, long id, PlanStatus status, boolean reassess, int version) {
        return jdbc.sql("""
                update training_plan_item set status = ?, reassess = ?, closed_at = now(), version = version + 1
                where organization_id = ? and id = ? and version = ? and status = 'OPEN'""")
                .params(status.name(), reassess, organizationId, id, version).update();
    }

    List<Long> openWithCourse(long organizationId, long personId, String courseRef) {
        return jdbc.sql("""
                select id from training_plan_item
                where organization_id = ? and person_id = ? and course_ref = ? and status = 'OPEN'""")
                .params(organizationId, personId, courseRef).query(Long.class).list();
    }

    void closeByCourse(long organizationId, List<Long> ids) {
        jdbc.sql("""
                update training_plan_item set status = 'DONE', reassess = true, closed_at = now(), version = version + 1
                where organization_id = :org and id in (:ids)""")
                .param("org", organizationId).param("ids", ids).update();
    }

    long openCount(long organizationId, long personId) {
        return jdbc.sql("select count(*) from training_plan_item where organization_id = ? and person_id = ? and status = 'OPEN'")
                .params(organizationId, personId).query(Long.class).single();
    }
}
