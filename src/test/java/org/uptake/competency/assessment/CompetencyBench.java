package org.uptake.competency.assessment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;
import org.uptake.support.Fixtures;
import org.uptake.support.IntegrationTest;

/**
 * The competency budgets of issue 7, printed (not asserted — bench/RESULTS.md records them): job
 * duties of the busiest position (≤ 50 ms) and the gap matrix for 20k people rolled up by unit
 * (p95 ≤ 200 ms). Only the data those read is generated: the org, process and competency parts of
 * the large demo (1,000 units, 20k people, 2,000 processes, an agreed assessment per person), in
 * the test application's embedded PostgreSQL. Requests go through MockMvc (security, controller,
 * JSON), so the figures are the server's share of a request. Not a *Tests class, so the build
 * does not run it; {@code bench/competency-bench.sh} does.
 */
class CompetencyBench extends IntegrationTest {

    private static final int WARMUP = 10;
    private static final int CALLS = 60;
    /** MockMvc runs the request on the calling thread, so its CPU time is the server's (JDBC waits excluded). */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Autowired
    private List<DemoDataContributor> contributors;

    @Test
    void printsTheCompetencyFigures() throws Exception {
        long started = System.nanoTime();
        DemoContext context = new DemoContext(DemoSize.LARGE);
        contributors.stream()
                .filter(c -> c.getClass().getName().matches("org\\.uptake\\.(org|process|competency)\\..*"))
                .sorted(Comparator.comparingInt(DemoDataContributor::order)).forEach(c -> c.contribute(context));
        long org = context.organizationId();
        jdbc.sql("analyze").update();
        System.out.printf("bench data generated in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        Actor admin = fixtures.account(org, null, "bench-admin-" + org, Role.ADMIN);
        long position = jdbc.sql("""
                select position_id from process_executor where organization_id = ? and position_id is not null
                group by 1 order by count(*) desc, 1 limit 1""").param(org).query(Long.class).single();
        long top = jdbc.sql("select id from unit where organization_id = ? and parent_id is null order by id limit 1")
                .param(org).query(Long.class).single();
        System.out.printf("data: %s processes, %s units, %s people with an agreed assessment, %s items; position %d executes %s%n",
                count("process", org, ""), count("unit", org, ""), count("assessment", org, " and latest"),
                count("assessment_item", org, ""), position,
                count("process_executor", org, " and position_id = " + position));

        var token = Fixtures.bearer(fixtures.token(admin, "read"));
        var session = Fixtures.as(admin);
        time(token, "reference: GET /api/v1/positions/{id} (org module)", "/api/v1/positions/" + position);
        time(token, "job duties (busiest position) GET /api/v1/positions/{id}/duties", "/api/v1/positions/" + position + "/duties");
        time(token, "gap matrix, whole organisation by unit", "/api/v1/assessments/gap-matrix");
        time(token, "gap matrix, top unit by sub-unit", "/api/v1/assessments/gap-matrix?unitId=" + top);
        time(session, "job duties page", "/positions/" + position + "/duties");
        time(session, "gap matrix page, whole organisation", "/assessments/matrix");

        var unit = jdbc.sql("select path, depth from unit where id = ?").param(top).query().singleRow();
        var whole = GapRollupRepository.cellParams(org, "/", 0, 0);
        var topUnit = GapRollupRepository.cellParams(org, (String) unit.get("path"), ((Number) unit.get("depth")).intValue() + 1, top);
        timeSql("SQL only: gap matrix cells from the totals, whole organisation", GapRollupRepository.CELLS, whole);
        timeSql("SQL only: gap matrix cells from the items (first version), whole organisation",
                AssessmentRepository.gapCellsSql(false), whole);
        explain("gap matrix cells from the totals, whole organisation by unit", GapRollupRepository.CELLS, whole);
        explain("gap matrix cells from the totals, top unit by sub-unit", GapRollupRepository.CELLS, topUnit);
        explain("gap matrix cells from the items (first version), whole organisation", AssessmentRepository.gapCellsSql(false), whole);
        explain("processes executed by the position", """
                select p.id, p.code, p.name, e.id, o.title from process_executor e join process p on p.id = e.process_id
                left join position o on o.id = p.owner_position_id
                where e.organization_id = :org and e.position_id = :position order by p.path""",
                Map.of("org", org, "position", position));
        explain("provisional roles of the organisation", """
                select provisional_role, count(distinct process_id) from process_executor
                where organization_id = :org and position_id is null group by 1 order by lower(provisional_role) limit 500""",
                Map.of("org", org));
    }

    private String count(String table, long org, String where) {
        return String.format("%,d", jdbc.sql("select count(*) from " + table + " where organization_id = ?" + where)
                .param(org).query(Long.class).single());
    }

    private void time(RequestPostProcessor signedIn, String label, String url) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            mvc.perform(get(url).with(signedIn)).andReturn();
        }
        List<Long> micros = new ArrayList<>();
        List<Long> cpuMicros = new ArrayList<>();
        int status = 0;
        int size = 0;
        for (int i = 0; i < CALLS; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            var response = mvc.perform(get(url).with(signedIn)).andReturn().getResponse();
            micros.add((System.nanoTime() - start) / 1_000);
            cpuMicros.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1_000);
            status = response.getStatus();
            size = response.getContentAsByteArray().length;
        }
        Collections.sort(micros);
        Collections.sort(cpuMicros);
        System.out.printf("%-66s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  | JVM CPU p50 %5.1f ms p95 %5.1f ms  (n=%d, HTTP %d, %,d bytes)%n",
                label, micros.get(CALLS / 2) / 1000.0, micros.get(CALLS * 95 / 100 - 1) / 1000.0, micros.getLast() / 1000.0,
                cpuMicros.get(CALLS / 2) / 1000.0, cpuMicros.get(CALLS * 95 / 100 - 1) / 1000.0, CALLS, status, size);
    }

    private void timeSql(String label, String sql, Map<String, ?> params) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < WARMUP + CALLS / 2; i++) {
            long start = System.nanoTime();
            jdbc.sql(sql).params(params).query().listOfRows();
            if (i >= WARMUP) {
                micros.add((System.nanoTime() - start) / 1_000);
            }
        }
        Collections.sort(micros);
        int n = micros.size();
        System.out.printf("%-66s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (n=%d)%n", label, micros.get(n / 2) / 1000.0,
                micros.get(n * 95 / 100 - 1) / 1000.0, micros.getLast() / 1000.0, n);
    }

    /** Best of three EXPLAIN ANALYZE runs: the plan's top lines and the execution time. */
    private void explain(String label, String sql, Map<String, ?> params) {
        List<String> best = null;
        double bestMs = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            List<String> plan = jdbc.sql("explain (analyze, buffers) " + sql).params(params).query(String.class).list();
            double ms = plan.stream().filter(l -> l.startsWith("Execution Time")).map(l -> l.replaceAll("[^0-9.]", ""))
                    .mapToDouble(Double::parseDouble).findFirst().orElse(-1);
            if (ms < bestMs) {
                bestMs = ms;
                best = plan;
            }
        }
        System.out.printf("EXPLAIN ANALYZE %s: %.2f ms (best of 3)%n", label, bestMs);
        best.stream().filter(l -> !l.startsWith("Execution Time")).forEach(l -> System.out.println("    " + l));
    }
}
