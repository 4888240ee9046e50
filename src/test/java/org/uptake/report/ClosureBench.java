package org.uptake.report;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.uptake.report.closure.FinalReportService;
import org.uptake.support.ClosureFixtures;
import org.uptake.support.IntegrationTest;

/**
 * The closure lists and the final report's PDF, printed (not asserted — bench/RESULTS.md records them): the
 * lessons register and a program's backlog with 100,000 lessons and 50,000 backlog items in one organisation,
 * each query's plan and best-of-three execution time, then the PDF rendering time. Not a *Tests class, so the
 * build does not run it; {@code bench/run-closure.sh} does.
 */
class ClosureBench extends IntegrationTest {

    private static final int LESSONS = 100_000;
    private static final int ITEMS = 50_000;

    @Test
    void printsTheClosureFigures() {
        ClosureFixtures closure = new ClosureFixtures(fixtures);
        var w = closure.world();
        long orgId = w.coordinator().organizationId();
        long playbook = w.program().playbookId();
        jdbc.sql("""
                insert into lesson (organization_id, program_id, playbook_id, kind, title, advice)
                select ?, ?, case when n % 4 = 0 then ? else null end, (array['KEEP','IMPROVE','AVOID'])[1 + n % 3],
                       'Lesson ' || n, 'Advice ' || n from generate_series(1, ?) n""")
                .params(orgId, w.id(), playbook, LESSONS).update();
        jdbc.sql("""
                insert into backlog_item (organization_id, program_id, title, source, priority, status)
                select ?, ?, 'Item ' || n, 'MANUAL', 'MEDIUM', case when n % 5 = 0 then 'DONE' else 'OPEN' end
                from generate_series(1, ?) n""").params(orgId, w.id(), ITEMS).update();
        jdbc.sql("analyze lesson").update();
        jdbc.sql("analyze backlog_item").update();
        long middle = jdbc.sql("select id from backlog_item where program_id = ? order by id desc offset ? limit 1")
                .params(w.id(), ITEMS / 2).query(Long.class).single();
        String lessons = "select l.*, p.name as program_name, pb.name as playbook_name from lesson l join program p on p.id = l.program_id"
                + " left join playbook pb on pb.id = l.playbook_id where l.organization_id = ? and l.id < ?"
                + " and (cast(? as bigint) is null or l.playbook_id = ?) and (cast(? as bigint) is null or l.program_id <> ?)"
                + " and (cast(? as bigint) is null or exists (select 1 from program_member m where m.program_id = l.program_id"
                + " and m.person_id = ?)) order by l.id desc limit 51";
        explain("lessons register, whole organisation, first page", lessons, orgId, Long.MAX_VALUE, null, null, null, null, null, null);
        explain("lessons register, one playbook", lessons, orgId, Long.MAX_VALUE, playbook, playbook, null, null, null, null);
        explain("lessons register, a team member's programs", lessons, orgId, Long.MAX_VALUE, null, null, null, null,
                w.lineOwner().personId(), w.lineOwner().personId());
        String backlog = "select * from backlog_item where organization_id = ? and program_id = ? and id < ?%s order by id desc limit 51";
        explain("backlog, first page", backlog.formatted(""), orgId, w.id(), Long.MAX_VALUE);
        explain("backlog, keyset page in the middle", backlog.formatted(""), orgId, w.id(), middle);
        explain("backlog, open items (handover)", backlog.formatted(" and status not in ('DONE', 'REJECTED')"), orgId, w.id(), Long.MAX_VALUE);

        closure.signFinalReport(w);
        time("final report PDF through the page (signed snapshot)", () -> {
            try {
                return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/programs/" + w.id() + "/final-report.pdf").with(org.uptake.support.Fixtures.as(w.coordinator())))
                        .andReturn().getResponse().getContentAsByteArray().length;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        time("final report page content (snapshot read)", () -> fixtures.bean(FinalReportService.class).view(w.coordinator(), w.id()));
    }

    private void explain(String what, String sql, Object... params) {
        double best = Double.MAX_VALUE;
        List<String> plan = List.of();
        for (int i = 0; i < 3; i++) {
            plan = jdbc.sql("explain (analyze, buffers) " + sql).params(params).query(String.class).list();
            for (String line : plan) {
                if (line.startsWith("Execution Time:")) {
                    best = Math.min(best, Double.parseDouble(line.replaceAll("[^0-9.]", "")));
                }
            }
        }
        System.out.printf("closure bench | %s | %.2f ms | %s%n", what, best,
                plan.stream().filter(l -> l.contains("Scan")).map(String::strip).findFirst().orElse(plan.getFirst()));
    }

    private static void time(String what, Supplier<?> work) {
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            work.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("closure bench | %s | best of 5: %.1f ms%n", what, best / 1e6);
    }
}
