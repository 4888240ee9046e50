package org.uptake.process.centre;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CentreRepository {

    private static final String CENTRE = """
            select c.id, c.name, c.description, c.unit_id, u.name as unit_name, c.head_position_id, pos.title as head_title,
                   (select count(*) from responsibility_centre_function f where f.centre_id = c.id) as functions, c.version
            from responsibility_centre c
            left join unit u on u.id = c.unit_id
            left join position pos on pos.id = c.head_position_id
            """;
    private static final String FUNCTION = """
            select f.id, f.centre_id, c.name as centre_name, f.process_id, p.name as process_name, p.level, f.function, f.version
            from responsibility_centre_function f
            join responsibility_centre c on c.id = f.centre_id
            join process p on p.id = f.process_id
            """;

    private final JdbcClient jdbc;

    CentreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ResponsibilityCentre> all(long organizationId) {
        return jdbc.sql(CENTRE + " where c.organization_id = ? order by lower(c.name), c.id limit 500")
                .param(organizationId).query(ResponsibilityCentre.class).list();
    }

    Optional<ResponsibilityCentre> find(long organizationId, long id) {
        return jdbc.sql(CENTRE + " where c.organization_id = ? and c.id = ?").params(organizationId, id)
                .query(ResponsibilityCentre.class).optional();
    }

    Optional<ResponsibilityCentre> findByName(long organizationId, String name) {
        return jdbc.sql(CENTRE + " where c.organization_id = ? and lower(c.name) = lower(?)").params(organizationId, name)
                .query(ResponsibilityCentre.class).optional();
    }

    long insert(long organizationId, CentreForms.Centre f) {
        return jdbc.sql("""
                insert into responsibility_centre (organization_id, name, description, unit_id, head_position_id)
                values (?, ?, ?, ?, ?) returning id""")
                .params(organizationId, f.getName(), f.getDescription(), f.getUnitId(), f.getHeadPositionId())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, CentreForms.Centre f) {
        return jdbc.sql("""
                update responsibility_centre set name = ?, description = ?, unit_id = ?, head_position_id = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getName(), f.getDescription(), f.getUnitId(), f.getHeadPositionId(), organizationId, id, f.getVersion())
                .update();
    }

    int linkUnit(long organizationId, long id, long unitId, int version) {
        return jdbc.sql("""
                update responsibility_centre set unit_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(unitId, organizationId, id, version).update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from responsibility_centre where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    List<CentreFunction> functionsOf(long organizationId, long centreId) {
        return jdbc.sql(FUNCTION + " where f.organization_id = ? and f.centre_id = ? order by p.path")
                .params(organizationId, centreId).query(CentreFunction.class).list();
    }

    List<CentreFunction> functionsFor(long organizationId, long processId) {
        return jdbc.sql(FUNCTION + " where f.organization_id = ? and f.process_id = ? order by lower(c.name)")
                .params(organizationId, processId).query(CentreFunction.class).list();
    }

    List<CentreFunction> allFunctions(long organizationId) {
        return jdbc.sql(FUNCTION + " where f.organization_id = ? order by lower(c.name), p.path limit 5000")
                .param(organizationId).query(CentreFunction.class).list();
    }

    Optional<CentreFunction> findFunction(long organizationId, long centreId, long id) {
        return jdbc.sql(FUNCTION + " where f.organization_id = ? and f.centre_id = ? and f.id = ?")
                .params(organizationId, centreId, id).query(CentreFunction.class).optional();
    }

    boolean serves(long centreId, long processId) {
        return jdbc.sql("select exists (select 1 from responsibility_centre_function where centre_id = ? and process_id = ?)")
                .params(centreId, processId).query(Boolean.class).single();
    }

    long insertFunction(long organizationId, long centreId, CentreForms.Function f) {
        return jdbc.sql("""
                insert into responsibility_centre_function (organization_id, centre_id, process_id, function)
                values (?, ?, ?, ?) returning id""")
                .params(organizationId, centreId, f.getProcessId(), f.getFunction()).query(Long.class).single();
    }

    int updateFunction(long organizationId, long centreId, long id, CentreForms.Function f) {
        return jdbc.sql("""
                update responsibility_centre_function set function = ?, version = version + 1
                where organization_id = ? and centre_id = ? and id = ? and version = ?""")
                .params(f.getFunction(), organizationId, centreId, id, f.getVersion()).update();
    }

    int deleteFunction(long organizationId, long centreId, long id, int version) {
        return jdbc.sql("delete from responsibility_centre_function where organization_id = ? and centre_id = ? and id = ? and version = ?")
                .params(organizationId, centreId, id, version).update();
    }

    /** Every process in catalog order, parents first: what the ownerless branches are computed from. */
    List<Orphans.Line> lines(long organizationId) {
        return jdbc.sql("select id, parent_id, name, level from process where organization_id = ? order by path")
                .param(organizationId).query(Orphans.Line.class).list();
    }

    java.util.Set<Long> served(long organizationId) {
        return new java.util.HashSet<>(jdbc.sql("select distinct process_id from responsibility_centre_function where organization_id = ?")
                .param(organizationId).query(Long.class).list());
    }

    /** Processes that more than one centre serves: duplicated functions to delimit (seed 002 line 41). */
    List<CentreFunction> duplicates(long organizationId) {
        return jdbc.sql(FUNCTION + """
                 where f.organization_id = :org
                   and f.process_id in (select process_id from responsibility_centre_function where organization_id = :org
                                        group by process_id having count(*) > 1)
                 order by p.path, lower(c.name) limit 1000""")
                .param("org", organizationId).query(CentreFunction.class).list();
    }
}
