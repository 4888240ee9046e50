package org.uptake.competency.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CatalogRepository {

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Competency> competencies(long organizationId, String likePattern, int limit) {
        return jdbc.sql("""
                select id, kind, name, description, version from competency
                where organization_id = ? and (cast(? as text) is null or name ilike ?)
                order by kind, lower(name), id limit ?""")
                .params(organizationId, likePattern, likePattern, limit).query(Competency.class).list();
    }

    Optional<Competency> find(long organizationId, long id) {
        return jdbc.sql("select id, kind, name, description, version from competency where organization_id = ? and id = ?")
                .params(organizationId, id).query(Competency.class).optional();
    }

    Optional<Competency> findByName(long organizationId, CompetencyKind kind, String name) {
        return jdbc.sql("select id, kind, name, description, version from competency where organization_id = ? and kind = ? and lower(name) = lower(?)")
                .params(organizationId, kind.name(), name).query(Competency.class).optional();
    }

    long insert(long organizationId, CompetencyForm f) {
        return jdbc.sql("insert into competency (organization_id, kind, name, description) values (?, ?, ?, ?) returning id")
                .params(organizationId, f.getKind().name(), f.getName(), f.getDescription()).query(Long.class).single();
    }

    int update(long organizationId, long id, CompetencyForm f) {
        return jdbc.sql("""
                update competency set kind = ?, name = ?, description = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getKind().name(), f.getName(), f.getDescription(), organizationId, id, f.getVersion()).update();
    }

    List<ProficiencyLevel> scale(long organizationId) {
        return jdbc.sql("select level, name, description from proficiency_level where organization_id = ? order by level")
                .param(organizationId).query(ProficiencyLevel.class).list();
    }

    void replaceScale(long organizationId, List<ScaleForm.Step> steps) {
        jdbc.sql("delete from proficiency_level where organization_id = ?").param(organizationId).update();
        for (int i = 0; i < steps.size(); i++) {
            jdbc.sql("insert into proficiency_level (organization_id, level, name, description) values (?, ?, ?, ?)")
                    .params(organizationId, i + 1, steps.get(i).getName(), steps.get(i).getDescription()).update();
        }
    }

    int highestUsedLevel(long organizationId) {
        return jdbc.sql("""
                select coalesce(max(required_level), 0) from position_requirement where organization_id = ?""")
                .param(organizationId).query(Integer.class).single();
    }

    List<CompanyValue> values(long organizationId) {
        return jdbc.sql("select id, name, description, sort_order, version from company_value where organization_id = ? order by sort_order, id limit 100")
                .param(organizationId).query(CompanyValue.class).list();
    }

    Optional<CompanyValue> value(long organizationId, long id) {
        return jdbc.sql("select id, name, description, sort_order, version from company_value where organization_id = ? and id = ?")
                .params(organizationId, id).query(CompanyValue.class).optional();
    }

    long insertValue(long organizationId, ValueForm f) {
        return jdbc.sql("""
                insert into company_value (organization_id, name, description, sort_order)
                values (?, ?, ?, (select coalesce(max(sort_order), 0) + 1 from company_value where organization_id = ?)) returning id""")
                .params(organizationId, f.getName(), f.getDescription(), organizationId).query(Long.class).single();
    }

    int updateValue(long organizationId, long id, ValueForm f) {
        return jdbc.sql("update company_value set name = ?, description = ?, version = version + 1 where organization_id = ? and id = ? and version = ?")
                .params(f.getName(), f.getDescription(), organizationId, id, f.getVersion()).update();
    }

    int deleteValue(long organizationId, long id, int version) {
        return jdbc.sql("delete from company_value where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }
}
