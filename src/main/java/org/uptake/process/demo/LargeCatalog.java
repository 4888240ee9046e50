package org.uptake.process.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark catalog: 20 level-1, 300 level-2 and 1,680 level-3 processes (2,000) over 1,000
 * positions, each with a client, goal, result, indicator, resource and supplier, one to three
 * executors and an owner; level-2 processes supply one another. Written with set-based SQL, because
 * going through the services would take minutes for a data set only benchmarks read.
 */
final class LargeCatalog {

    static final int LEVEL_ONE = 20;
    static final int LEVEL_TWO_EACH = 15;
    static final int POSITIONS = 1000;
    private static final String[] AREAS = {"Sales", "Service", "Parts", "Logistics", "Finance", "People", "IT", "Quality",
        "Marketing", "Fleet", "Warranty", "Purchasing", "Network", "Training", "Customer care", "Bodywork", "Tyres",
        "Diagnostics", "Insurance", "Management"};
    private static final String[] STEPS = {"Planning", "Preparing", "Receiving", "Checking", "Executing", "Recording",
        "Reporting", "Improving"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final long org;

    LargeCatalog(JdbcClient jdbc, JdbcTemplate template, long organizationId) {
        this.jdbc = jdbc;
        this.template = template;
        this.org = organizationId;
    }

    void build() {
        List<Long> positions = positions();
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (int a = 0; a < LEVEL_ONE; a++) {
            rows.add(process(++n, String.valueOf(a + 1), AREAS[a], null, 1, positions));
        }
        insert(rows);
        List<Long> top = ids(1);
        rows.clear();
        for (int a = 0; a < LEVEL_ONE; a++) {
            for (int b = 0; b < LEVEL_TWO_EACH; b++) {
                rows.add(process(++n, (a + 1) + "." + (b + 1), STEPS[b % STEPS.length] + " — " + AREAS[a].toLowerCase(Locale.ROOT)
                        + " " + (b + 1), top.get(a), 2, positions));
            }
        }
        insert(rows);
        List<Long> second = ids(2);
        rows.clear();
        for (int i = 0; i < second.size(); i++) {
            int children = i < 180 ? 6 : 5;
            for (int c = 0; c < children; c++) {
                rows.add(process(++n, "L3-" + i + "-" + c, "Operation " + (c + 1) + " of step " + (i + 1), second.get(i), 3, positions));
            }
        }
        insert(rows);
        paths();
        parts(positions);
        relations(second);
    }

    private List<Long> positions() {
        long existing = jdbc.sql("select count(*) from position where organization_id = ?").param(org).query(Long.class).single();
        List<Object[]> rows = new ArrayList<>();
        for (long i = existing; i < POSITIONS; i++) {
            rows.add(new Object[]{org, String.format(Locale.ROOT, "ROLE-%04d", i), String.format(Locale.ROOT, "Process role %04d", i)});
        }
        template.batchUpdate("insert into position (organization_id, code, title) values (?, ?, ?)", rows);
        return jdbc.sql("select id from position where organization_id = ? order by id").param(org).query(Long.class).list();
    }

    private Object[] process(int n, String code, String name, Long parent, int level, List<Long> positions) {
        String description = name + " follows the network's standard. Its results are recorded in the automated system.";
        return new Object[]{org, code, name, parent, level, n * 10, description, "The steps of " + name.toLowerCase(Locale.ROOT) + ".",
            "Supports the network's service promise.", positions.get((n * 7) % positions.size())};
    }

    private void insert(List<Object[]> rows) {
        template.batchUpdate("""
                insert into process (organization_id, code, name, parent_id, level, path, sort_order, description, content, benefit,
                                     owner_position_id)
                values (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)""", rows);
    }

    private List<Long> ids(int level) {
        return jdbc.sql("select id from process where organization_id = ? and level = ? order by sort_order")
                .params(org, level).query(Long.class).list();
    }

    private void paths() {
        jdbc.sql("update process set path = '/' || id || '/' where organization_id = ? and level = 1").param(org).update();
        for (int level = 2; level <= 3; level++) {
            jdbc.sql("""
                    update process c set path = p.path || c.id || '/' from process p
                    where c.parent_id = p.id and c.organization_id = ? and c.level = ?""").params(org, level).update();
        }
    }

    /** One client, goal, result, indicator, supplier and resource per process; one to three executors. */
    private void parts(List<Long> positions) {
        jdbc.sql("""
                insert into process_client (organization_id, process_id, name, kind, needs)
                select organization_id, id, case when level = 1 then 'Car owner' else 'Next step of ' || name end,
                       case when level = 1 then 'EXTERNAL' else 'INTERNAL' end, 'Gets the result on time and without errors.'
                from process where organization_id = ?""").param(org).update();
        jdbc.sql("""
                insert into process_goal (organization_id, process_id, client_id, text)
                select organization_id, process_id, id, 'The client receives what was agreed, on time' from process_client
                where organization_id = ?""").param(org).update();
        jdbc.sql("""
                insert into process_result (organization_id, process_id, text)
                select organization_id, id, 'Result of ' || lower(name) from process where organization_id = ?""").param(org).update();
        jdbc.sql("""
                insert into process_indicator (organization_id, process_id, goal_id, name, methods)
                select organization_id, process_id, id, 'Share done on time', array['Done on time ÷ all, monthly']
                from process_goal where organization_id = ?""").param(org).update();
        jdbc.sql("""
                insert into process_supplier (organization_id, process_id, name, kind)
                select organization_id, id, 'Previous step', 'PERSON' from process where organization_id = ?""").param(org).update();
        jdbc.sql("""
                insert into process_resource (organization_id, process_id, name, kind, supplier_id)
                select organization_id, process_id, 'Input information', 'CONSUMABLE', id from process_supplier
                where organization_id = ?""").param(org).update();
        jdbc.sql("""
                insert into process_executor (organization_id, process_id, position_id, functions)
                select p.organization_id, p.id, pos.id, 'Carries out ' || lower(p.name)
                from process p
                cross join lateral (select k from generate_series(0, (p.id % 3)::int) k) ks
                join lateral (select id from position where organization_id = p.organization_id
                              order by id offset ((p.id * 13 + ks.k * 101) % ?) limit 1) pos on true
                where p.organization_id = ?
                on conflict do nothing""").params(positions.size(), org).update();
    }

    /** Every third level-2 process takes the result of the next one as a resource: a chain the map draws. */
    private void relations(List<Long> second) {
        for (int i = 0; i + 1 < second.size(); i += 3) {
            long target = second.get(i);
            long source = second.get(i + 1);
            jdbc.sql("update process_supplier set source_process_id = ?, name = 'Supplying step' where process_id = ?")
                    .params(source, target).update();
            jdbc.sql("""
                    update process_resource set source_result_id = (select min(id) from process_result where process_id = ?)
                    where process_id = ?""").params(source, target).update();
        }
    }
}
