package org.uptake.process.map;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The two queries a map needs: the processes of levels 1-2, and the supplier → client relations. */
@Repository
class MapRepository {

    private final JdbcClient jdbc;

    MapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record MapRow(long id, Long parentId, int level, String code, String name, String status, int completeness,
                  int children) {
    }

    List<MapRow> processes(long organizationId, String pathPrefix) {
        return jdbc.sql("""
                select p.id, p.parent_id, p.level, p.code, p.name, p.status, p.completeness,
                       (select count(*) from process c where c.parent_id = p.id) as children
                from process p
                where p.organization_id = ? and p.level <= 2 and p.path like ?
                order by p.level, p.sort_order, lower(p.name), p.id""")
                .params(organizationId, pathPrefix + "%").query(MapRow.class).list();
    }

    record Relation(String sourcePath, String targetPath, String resources) {
    }

    /** Every process that supplies another, with the resources it supplies; paths let the caller lift both ends to level 2. */
    List<Relation> relations(long organizationId) {
        return jdbc.sql("""
                select sp.path as source_path, tp.path as target_path,
                       coalesce(string_agg(distinct r.name, '; '), s.name) as resources
                from process_supplier s
                join process sp on sp.id = s.source_process_id
                join process tp on tp.id = s.process_id
                left join process_resource r on r.supplier_id = s.id
                where s.organization_id = ?
                group by sp.path, tp.path, s.name""")
                .param(organizationId).query(Relation.class).list();
    }
}
