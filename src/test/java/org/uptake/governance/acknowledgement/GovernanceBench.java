package org.uptake.governance.acknowledgement;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.governance.document.DocumentInstance;
import org.uptake.governance.document.DocumentRendering;
import org.uptake.governance.group.TieRule;
import org.uptake.governance.meeting.DecisionService;
import org.uptake.governance.meeting.Meeting;
import org.uptake.governance.meeting.ProposalForm;
import org.uptake.support.GovernanceFixtures;
import org.uptake.support.GovernanceFixtures.Committee;
import org.uptake.support.IntegrationTest;

/**
 * The governance budgets of issue 8, printed (not asserted — bench/RESULTS.md records them): an
 * order sent for acknowledgement to 20,000 people, and one document rendered to PDF and to DOCX.
 * Not a *Tests class, so the build does not run it; {@code bench/run-governance.sh} does.
 */
class GovernanceBench extends IntegrationTest {

    private static final int PEOPLE = 20_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void printsTheGovernanceFigures() {
        GovernanceFixtures governance = new GovernanceFixtures(fixtures);
        Committee c = governance.committee(TieRule.CHAIR_DECIDES, null);
        var root = fixtures.unit(c.admin(), "Whole network", null);
        jdbc.sql("""
                insert into person (organization_id, employee_number, full_name, unit_id, employment_status)
                select ?, 'B' || n, 'Bench person ' || n, ?, 'ACTIVE' from generate_series(1, ?) n""")
                .params(c.admin().organizationId(), root.id(), PEOPLE).update();
        jdbc.sql("analyze person").update();
        AcknowledgementService acks = fixtures.bean(AcknowledgementService.class);
        List<Long> queue = new ArrayList<>();
        TransactionTemplate tx = fixtures.bean(TransactionTemplate.class);
        for (int i = 0; i < 4; i++) {
            DocumentInstance order = governance.orderInForce(c, "BENCH-" + i);
            long[] cpu = new long[2];
            long start = System.nanoTime();
            int added = tx.execute(s -> {
                // The request joins this transaction, so it runs on this backend: its CPU time is the database's share.
                int backend = jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
                long db = backendCpuMillis(backend);
                long jvm = THREADS.getCurrentThreadCpuTime();
                int n = acks.request(c.admin(), order.id(), new AcknowledgementRequest(List.of(), null, root.id(), null));
                cpu[0] = (THREADS.getCurrentThreadCpuTime() - jvm) / 1_000_000;
                cpu[1] = backendCpuMillis(backend) - db;
                return n;
            });
            queue.add((System.nanoTime() - start) / 1_000_000);
            System.out.printf("acknowledgement request %d: %,d addressees queued in %d ms (CPU: PostgreSQL backend %d ms, JVM thread %d ms)%n",
                    i, added, queue.getLast(), cpu[1], cpu[0]);
        }
        explainRequest(c, governance.orderInForce(c, "BENCH-E"), root.id());

        Meeting m = governance.meetingWith(c, c.chair(), c.secretary(), c.member());
        fixtures.bean(DecisionService.class).propose(c.secretary(), m.id(), new ProposalForm("Approve the plan", null, null, null));
        DocumentInstance order = governance.orderInForce(c, "BENCH-R");
        DocumentRendering rendering = fixtures.bean(DocumentRendering.class);
        report("PDF of the order", () -> rendering.pdf(c.admin(), order.id()));
        report("DOCX of the order", () -> rendering.docx(c.admin(), order.id()));
    }

    /** User + system CPU time of a PostgreSQL backend process so far, from /proc (clock ticks of 10 ms). */
    private static long backendCpuMillis(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The insert behind a request, with the time of each trigger (the foreign-key checks). */
    private void explainRequest(Committee c, DocumentInstance order, long unitId) {
        String path = jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
        List<String> plan = jdbc.sql("explain (analyze, buffers, wal) " + AcknowledgementRepository.REQUEST)
                .params(AcknowledgementRepository.requestParams(c.admin().organizationId(), order.id(), order.revision(), List.of(),
                        null, path, null))
                .query(String.class).list();
        System.out.println("EXPLAIN ANALYZE of the acknowledgement insert (20,000 rows):");
        plan.forEach(line -> System.out.println("    " + line));
    }

    private static void report(String what, Supplier<byte[]> render) {
        for (int i = 0; i < 5; i++) {
            render.get();
        }
        List<Long> times = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            size = render.get().length;
            times.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(times);
        System.out.printf("%s (%,d bytes): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, size, times.get(15) / 1000.0,
                times.get(28) / 1000.0, times.getLast() / 1000.0);
    }
}
