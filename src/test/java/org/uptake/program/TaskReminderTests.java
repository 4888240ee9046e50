package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.TaskReminders;
import org.uptake.program.plan.TaskService;
import org.uptake.support.ProgramTest;
import org.uptake.support.TestMail;

/** Assignment and overdue reminders go out by e-mail; a long-overdue task is escalated to the owner's manager once. */
class TaskReminderTests extends ProgramTest {

    @Test
    void remindsTheOwnerOfAnOverdueTaskAndTellsTheirManagerAfterTheEscalationDays() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var manager = fixtures.person(w.admin(), "Manager Person", w.root().id(), null);
        var ownerForm = org.uptake.support.Fixtures.personForm("Late Owner", w.station().id(), null);
        ownerForm.setManagerId(manager.id());
        var owner = fixtures.bean(org.uptake.org.person.PersonService.class).create(w.admin(), ownerForm);
        var form = new TaskForm();
        form.setTitle("Order the workstations");
        form.setOwnerPersonId(owner.id());
        form.setPlannedStart(LocalDate.of(2030, 3, 4));
        form.setDurationDays(2);
        long task = fixtures.bean(TaskService.class).create(w.coordinator(), p.id(), form).id();
        TaskReminders reminders = fixtures.bean(TaskReminders.class);

        // Due on Tuesday 5 March; the program escalates after 3 days.
        reminders.run(LocalDate.of(2030, 3, 7));
        assertThat(marks(task)).isEqualTo("2030-03-07|");
        reminders.run(LocalDate.of(2030, 3, 8));
        assertThat(marks(task)).isEqualTo("2030-03-07|2030-03-08");
        reminders.run(LocalDate.of(2030, 3, 12));
        assertThat(marks(task)).as("reminded again only after a week, escalated once").isEqualTo("2030-03-07|2030-03-08");
        assertThat(TestMail.awaitFor(owner.email(), 2).stream().map(m -> subject(m)).toList())
                .anyMatch(s -> s.contains("Overdue: Order the workstations"))
                .anyMatch(s -> s.contains("task(s) for you"));
        assertThat(TestMail.awaitFor(manager.email()).stream().map(m -> subject(m)).toList())
                .anyMatch(s -> s.contains("Late Owner is late with"));
    }

    private String marks(long task) {
        return jdbc.sql("select coalesce(reminded_on::text, '') || '|' || coalesce(escalated_on::text, '') from program_task where id = ?")
                .param(task).query(String.class).single();
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
