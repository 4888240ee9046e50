package org.uptake.program.plan;

import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue reminders: the owner of an open task past its deadline gets a reminder (again after a
 * week); once it is overdue for the program's escalation days, the owner's manager is told once.
 * Runs every morning on one node only (ShedLock); {@link #run(LocalDate)} is also what tests call.
 */
@Component
public class TaskReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TaskMail mail;

    TaskReminders(JdbcClient jdbc, TaskMail mail) {
        this.jdbc = jdbc;
        this.mail = mail;
    }

    @Scheduled(cron = "${uptake.program.reminders-cron:0 30 6 * * *}")
    @SchedulerLock(name = "program-task-reminders", lockAtMostFor = "PT30M")
    public void daily() {
        Result r = run(LocalDate.now());
        if (r.reminded() + r.escalated() > 0) {
            log.info("Task reminders: {} owners reminded, {} managers told", r.reminded(), r.escalated());
        }
    }

    public record Result(int reminded, int escalated) {
    }

    private record Due(long id, long organizationId, long programId, String programName, String title, LocalDate deadline,
                       long ownerId, String ownerName, boolean remind, boolean escalate) {
    }

    @Transactional
    public Result run(LocalDate today) {
        List<Due> due = jdbc.sql("""
                select t.id, t.organization_id, t.program_id, pr.name as program_name, t.title,
                       coalesce(t.due_date, t.planned_finish) as deadline, t.owner_person_id as owner_id, o.full_name as owner_name,
                       (t.reminded_on is null or t.reminded_on <= cast(:today as date) - 7) as remind,
                       (t.escalated_on is null and coalesce(t.due_date, t.planned_finish) <= cast(:today as date) - pr.escalate_after_days
                        and o.manager_id is not null) as escalate
                from program_task t join program pr on pr.id = t.program_id join person o on o.id = t.owner_person_id
                where t.status in ('NOT_STARTED', 'IN_PROGRESS') and coalesce(t.due_date, t.planned_finish) < :today
                  and pr.status <> 'CLOSED'
                  and ((t.reminded_on is null or t.reminded_on <= cast(:today as date) - 7)
                       or (t.escalated_on is null and coalesce(t.due_date, t.planned_finish) <= cast(:today as date) - pr.escalate_after_days
                           and o.manager_id is not null))
                order by t.id limit :batch""")
                .param("today", today).param("batch", BATCH)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("organization_id"), rs.getLong("program_id"),
                        rs.getString("program_name"), rs.getString("title"), rs.getObject("deadline", LocalDate.class),
                        rs.getLong("owner_id"), rs.getString("owner_name"), rs.getBoolean("remind"), rs.getBoolean("escalate")))
                .list();
        int reminded = 0;
        int escalated = 0;
        for (Due d : due) {
            TaskMail.Recipient owner = mail.recipient(d.ownerId());
            if (d.remind()) {
                mail.overdue(d.organizationId(), owner, d.programId(), d.programName(), d.title(), d.deadline());
                jdbc.sql("update program_task set reminded_on = ? where id = ?").params(today, d.id()).update();
                reminded++;
            }
            if (d.escalate() && owner != null && owner.managerId() != null) {
                mail.escalated(d.organizationId(), mail.recipient(owner.managerId()), d.ownerName(), d.programId(), d.programName(),
                        d.title(), d.deadline());
                jdbc.sql("update program_task set escalated_on = ? where id = ?").params(today, d.id()).update();
                escalated++;
            }
        }
        return new Result(reminded, escalated);
    }
}
