package org.uptake.org.position;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

@Repository
class PositionRepository {

    private final JdbcClient jdbc;

    PositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Position> find(long organizationId, long id) {
        return jdbc.sql("select id, organization_id, code, title, description, version from position where organization_id = ? and id = ?")
                .params(organizationId, id).query(Position.class).optional();
    }

    Optional<Position> findByCode(long organizationId, String code) {
        return jdbc.sql("select id, organization_id, code, title, description, version from position where organization_id = ? and code = ?")
                .params(organizationId, code).query(Position.class).optional();
    }

    /** One keyset page ordered by title; fetches one extra row to know whether a next page exists. */
    List<PositionRow> page(long organizationId, PageRequest request) {
        Cursor after = request.cursor();
        return jdbc.sql("""
                select p.id, p.code, p.title, p.version,
                       (select count(*) from person x where x.position_id = p.id and x.employment_status <> 'LEFT') as holders
                from position p
                where p.organization_id = :org
                  and (cast(:pattern as text) is null or p.title ilike :pattern or p.code ilike :pattern)
                  and (cast(:afterKey as text) is null or (lower(p.title), p.id) > (:afterKey, :afterId))
                order by lower(p.title), p.id
                limit :limit""")
                .param("org", organizationId)
                .param("pattern", request.likePattern())
                .param("afterKey", after == null ? null : after.key())
                .param("afterId", after == null ? 0L : after.id())
                .param("limit", request.size() + 1)
                .query(PositionRow.class).list();
    }

    long insert(long organizationId, PositionForm form) {
        return jdbc.sql("insert into position (organization_id, code, title, description) values (?, ?, ?, ?) returning id")
                .params(organizationId, form.getCode(), form.getTitle(), form.getDescription())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, PositionForm form) {
        return jdbc.sql("""
                update position set code = ?, title = ?, description = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(form.getCode(), form.getTitle(), form.getDescription(), organizationId, id, form.getVersion())
                .update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from position where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    boolean isHeld(long id) {
        return jdbc.sql("select exists (select 1 from person where position_id = ?)").param(id).query(Boolean.class).single();
    }

    List<Position> all(long organizationId) {
        return jdbc.sql("select id, organization_id, code, title, description, version from position where organization_id = ? order by lower(title), id")
                .param(organizationId).query(Position.class).list();
    }
}
