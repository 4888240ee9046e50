package org.uptake.support;

import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;

/**
 * Escalates problems that missed their SLA: the owner's manager hears of it (the head of the problem's
 * unit, or its acting head, when there is no owner or the owner has no manager), and the owner is
 * reminded. Paused problems (waiting for the reporter) are not late. Claimed with
 * {@code FOR UPDATE SKIP LOCKED} under a ShedLock and stamped in the mail's transaction, so each due
 * time is escalated exactly once.
 */
@Component
public class SlaEscalation {

    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final ProblemRepository problems;
    private final ProblemMail mail;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    SlaEscalation(JdbcClient jdbc, ProblemRepository problems, ProblemMail mail, AuditLog audit, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.mail = mail;
        this.audit = audit;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${uptake.support.sla-poll-ms:300000}", initialDelayString = "${uptake.support.sla-delay-ms:90000}")
    @SchedulerLock(name = "problem-sla-escalation", lockAtMostFor = "PT10M")
    void run() {
        escalateLate();
    }

    /** Escalates every problem late now; returns how many were escalated. */
    public int escalateLate() {
        int total = 0;
        int batch;
        do {
            Integer done = tx.execute(status -> {
                List<Late> late = claim();
                late.forEach(this::escalate);
                return late.size();
            });
            batch = done == null ? 0 : done;
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    record Late(long id, long organizationId, Long ownerPersonId, Long escalateTo) {
    }

    private List<Late> claim() {
        return jdbc.sql("""
                with late as (
                    select p.id from problem p
                    where p.status in ('NEW', 'IN_PROGRESS') and p.paused_at is null and p.sla_due_at < now()
                      and p.sla_escalated_for_due is distinct from p.sla_due_at
                    order by p.sla_due_at limit ? for update of p skip locked)
                update problem p set sla_escalated_for_due = p.sla_due_at
                from late
                left join problem q on q.id = late.id
                left join person owner on owner.id = q.owner_person_id
                left join unit u on u.id = q.unit_id
                where p.id = late.id
                returning p.id, p.organization_id, p.owner_person_id,
                          coalesce(owner.manager_id, u.acting_head_person_id, u.head_person_id) as escalate_to""")
                .param(BATCH).query(Late.class).list();
    }

    private void escalate(Late late) {
        Problem p = problems.find(late.organizationId(), late.id()).orElseThrow();
        mail.slaMissed(late.organizationId(), p, late.escalateTo());
        audit.action(Actor.system(late.organizationId()), ProblemService.ENTITY, p.id(), "slaEscalated",
                Map.of("due", p.slaDueAt().toString(), "toldPerson", late.escalateTo() == null ? "" : late.escalateTo()));
    }
}
