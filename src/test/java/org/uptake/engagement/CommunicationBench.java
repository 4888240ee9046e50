package org.uptake.engagement;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.engagement.communication.Communication;
import org.uptake.engagement.communication.CommunicationService;
import org.uptake.engagement.communication.Progress;
import org.uptake.support.EngagementFixtures;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.IntegrationTest;

/**
 * The communication budget of issue 5, printed (not asserted — bench/RESULTS.md records them): an e-mail item to
 * 20,000 people (200 of them with a broken address) — the request that fixes the recipients, then the background
 * job rendering them into the outbox, with progress — and the query plans of the sent log and the plan's list.
 * Not a *Tests class, so the build does not run it; {@code bench/run-communication.sh} does.
 */
class CommunicationBench extends IntegrationTest {

    private static final int PEOPLE = 20_000;

    @Test
    void printsTheCommunicationFigures() throws InterruptedException {
        var programs = new ProgramFixtures(fixtures);
        var w = programs.world();
        var p = programs.program(w, "P1");
        var region = fixtures.unit(w.admin(), "Bench region", w.root().id());
        jdbc.sql("""
                insert into person (organization_id, employee_number, email, full_name, unit_id, employment_status, language)
                select ?, 'CB' || n, case when n % 100 = 0 then 'broken' || n || '@nowhere' else 'bench' || n || '@example.test' end,
                       'Bench person ' || n, ?, 'ACTIVE', case when n % 3 = 0 then 'ru' else null end
                from generate_series(1, ?) n""").params(w.admin().organizationId(), region.id(), PEOPLE).update();
        jdbc.sql("analyze person").update();
        CommunicationService communications = fixtures.bean(CommunicationService.class);
        var engagement = new EngagementFixtures(fixtures);
        for (int run = 0; run < 3; run++) {
            Communication c = engagement.plan(w.coordinator(), p.id(),
                    EngagementFixtures.email("Bench " + run, LocalDate.now().plusDays(30), List.of(region.id()), List.of()));
            long start = System.nanoTime();
            Progress started = communications.sendNow(w.coordinator(), p.id(), c.id(), c.version());
            long request = (System.nanoTime() - start) / 1_000_000;
            long queuedAt = 0;
            while (true) {
                long rendered = jdbc.sql("select count(*) from engagement_delivery where communication_id = ? and status <> 'PENDING'")
                        .param(c.id()).query(Long.class).single();
                if (rendered == started.total()) {
                    queuedAt = (System.nanoTime() - start) / 1_000_000;
                    break;
                }
                Thread.sleep(100);
            }
            Progress progress = communications.progress(w.coordinator(), p.id(), c.id());
            System.out.printf("communication %d: %,d recipients fixed by the request in %d ms; all rendered into the outbox %d ms "
                    + "after it (%,d queued, %,d invalid addresses logged); progress now %d%%%n", run, started.total(), request,
                    queuedAt, progress.total() - progress.invalid(), progress.invalid(), progress.percent());
            jdbc.sql("update mail_outbox set status = 'SENT' where status = 'PENDING' and recipient like 'bench%'").update();
        }
        long item = jdbc.sql("select max(id) from engagement_communication where program_id = ?").param(p.id()).query(Long.class).single();
        plan("sent log, first page", """
                explain analyze select d.id, d.name, d.email, d.language, d.status, d.problem, m.status, m.attempts, m.last_error, m.sent_at
                from engagement_delivery d left join mail_outbox m on m.id = d.outbox_id
                where d.organization_id = %d and d.communication_id = %d and d.id > 0
                order by d.id limit 51""".formatted(w.admin().organizationId(), item));
        plan("progress", """
                explain analyze select count(*), count(*) filter (where m.status = 'SENT') from engagement_delivery d
                left join mail_outbox m on m.id = d.outbox_id where d.organization_id = %d and d.communication_id = %d"""
                .formatted(w.admin().organizationId(), item));
        long start = System.nanoTime();
        communications.list(w.coordinator(), p.id(), LocalDate.now(), LocalDate.now().plusDays(60),
                org.uptake.shared.paging.PageRequest.first(50));
        System.out.printf("communication plan list (one query): %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private void plan(String what, String sql) {
        List<String> lines = jdbc.sql(sql).query(String.class).list();
        System.out.println("plan of the " + what + ":");
        lines.forEach(l -> System.out.println("    " + l));
    }
}
