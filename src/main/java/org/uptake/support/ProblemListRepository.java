package org.uptake.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

/**
 * The problem list: newest first, keyset-paged on the id, one query. The WHERE clause holds only the
 * filters given (ADR 0005), so each combination gets a plan that uses its index.
 */
@Repository
class ProblemListRepository {

    private static final String SELECT = """
            select p.id, p.type, p.severity, p.status, p.title, u.name as unit_name, p.reporter_name,
                   o.full_name as owner_name, pg.name as program_name, p.sla_due_at, p.paused_at, p.resolved_at, p.created_at
            """;
    private static final String JOINS = """
            left join unit u on u.id = p.unit_id
            left join person o on o.id = p.owner_person_id
            left join program pg on pg.id = p.program_id
            """;
    static final String ROW = SELECT + " from problem p " + JOINS;

    private final JdbcClient jdbc;

    ProblemListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page. {@code visibleTo} narrows to what a non-reader may see: the problems they reported or own
     * and those of the unit subtrees they head ({@code headedPaths}); null means the whole organisation.
     */
    List<ProblemRow> page(long organizationId, ProblemFilter f, PageRequest request, Long visibleTo,
                          List<String> headedPaths, Long actorPerson, String unitPath) {
        return rows(organizationId, f, request, request.size() + 1, visibleTo, headedPaths, actorPerson, unitPath);
    }

    /** The same selection as {@link #page}, up to {@code limit} rows: the export takes them all in one query. */
    List<ProblemRow> rows(long organizationId, ProblemFilter f, PageRequest request, int limit, Long visibleTo,
                          List<String> headedPaths, Long actorPerson, String unitPath) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("p.organization_id = :org");
        params.put("org", organizationId);
        String from = " from problem p ";
        if (visibleTo != null) {
            from = " from (" + visible(headedPaths, params) + ") v join problem p on p.id = v.id ";
            params.put("me", visibleTo);
        }
        add(where, params, f.status() == null ? null : f.status().name(), "p.status = :status", "status");
        if (f.status() == null && f.openOnly()) {
            where.add("p.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER')");
        }
        if (f.status() == null && !f.openOnly()) {
            where.add("p.status <> 'DUPLICATE'");
        }
        add(where, params, f.type() == null ? null : f.type().name(), "p.type = :type", "type");
        add(where, params, f.severity() == null ? null : f.severity().name(), "p.severity = :severity", "severity");
        add(where, params, unitPath == null ? null : unitPath + "%",
                "p.unit_id in (select id from unit where organization_id = :org and path like :unitPath)", "unitPath");
        add(where, params, f.programId(), "p.program_id = :program", "program");
        add(where, params, f.ownerPersonId(), "p.owner_person_id = :owner", "owner");
        if (f.mine()) {
            where.add("(p.reporter_person_id = :mine or p.owner_person_id = :mine)");
            params.put("mine", actorPerson == null ? -1L : actorPerson);
        }
        if (f.overdue()) {
            where.add("p.status in ('NEW', 'IN_PROGRESS') and p.sla_due_at < now()");
        }
        add(where, params, request.likePattern() == null ? null : request.likePattern().toLowerCase(java.util.Locale.ROOT),
                "lower(p.title) like :pattern", "pattern");
        Cursor after = request.cursor();
        add(where, params, after == null ? null : after.id(), "p.id < :afterId", "afterId");
        params.put("limit", limit);
        return jdbc.sql(SELECT + from + JOINS + " where " + String.join(" and ", where) + " order by p.id desc limit :limit")
                .params(params).query(ProblemRow.class).list();
    }

    /**
     * The ids a reporter, owner or unit head may see, each branch read through its own index; a plain OR
     * across them made PostgreSQL scan the whole table (40 ms for a head on 10,000 problems).
     */
    private static String visible(List<String> headedPaths, Map<String, Object> params) {
        StringBuilder v = new StringBuilder("""
                select r.id from problem r where r.reporter_person_id = :me
                union select w.id from problem w where w.owner_person_id = :me""");
        for (int i = 0; i < headedPaths.size(); i++) {
            v.append(" union select s.id from problem s where s.unit_id in (select id from unit where organization_id = :org"
                    + " and path like :headed").append(i).append(")");
            params.put("headed" + i, headedPaths.get(i) + "%");
        }
        return v.toString();
    }

    private static void add(List<String> where, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    /** Open problems in the unit subtrees (a head's home panel): one count over the unit-path index. */
    long countOpenUnder(long organizationId, List<String> paths) {
        if (paths.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from problem p join unit u on u.id = p.unit_id
                where p.organization_id = :org and p.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER')
                  and u.path like any (:paths)""")
                .param("org", organizationId).param("paths", paths.stream().map(x -> x + "%").toArray(String[]::new))
                .query(Long.class).single();
    }
}
