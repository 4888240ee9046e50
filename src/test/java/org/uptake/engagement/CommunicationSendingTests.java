package org.uptake.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uptake.support.EngagementFixtures.email;
import static org.uptake.support.EngagementFixtures.group;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.engagement.communication.Communication;
import org.uptake.engagement.communication.CommunicationForm;
import org.uptake.engagement.communication.CommunicationService;
import org.uptake.engagement.communication.CommunicationStatus;
import org.uptake.engagement.communication.Delivery;
import org.uptake.engagement.communication.Translation;
import org.uptake.engagement.stakeholder.Attitude;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.program.Program;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.EngagementFixtures;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.ProgramTest;
import org.uptake.support.TestMail;

/**
 * E-mail items go out on their date in the background, through the outbox, to everyone of their audience — each in
 * their language when the item has it — with a sent log that names the addresses that could not be used.
 */
class CommunicationSendingTests extends ProgramTest {

    private EngagementFixtures engagement;

    @BeforeEach
    void engagementFixtures() {
        engagement = new EngagementFixtures(fixtures);
    }

    private CommunicationService communications() {
        return fixtures.bean(CommunicationService.class);
    }

    private record Depot(Unit unit, Person anna, Person boris, Person carl) {
    }

    /** A depot with three people: Anna (English), Boris (Russian) and Carl, whose address is broken. */
    private Depot depot(ProgramFixtures.World w) {
        Unit unit = fixtures.unit(w.admin(), "Depot", w.root().id());
        Person anna = fixtures.person(w.admin(), "Anna", unit.id(), null);
        Person boris = fixtures.person(w.admin(), "Boris", unit.id(), null);
        Person carl = fixtures.person(w.admin(), "Carl", unit.id(), null);
        jdbc.sql("update person set language = 'ru' where id = ?").param(boris.id()).update();
        jdbc.sql("update person set email = 'carl@broken' where id = ?").param(carl.id()).update();
        return new Depot(unit, anna, boris, carl);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void sendsAnItemOnItsDateToItsAudienceInTheirLanguageAndLogsTheInvalidAddressWhileTheRestAreSent() throws Exception {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Depot d = depot(w);
        var council = group("Works council", 5, 2, Attitude.RESISTANT);
        council.setInternal(false);
        council.setEmail("council" + org.uptake.support.Fixtures.next() + "@example.org");
        var councilStakeholder = engagement.add(w.coordinator(), p.id(), council);
        Communication planned = engagement.plan(w.coordinator(), p.id(),
                email("Orders move", LocalDate.now().plusDays(3), List.of(d.unit().id()), List.of(councilStakeholder.id())));
        communications().saveTranslation(w.coordinator(), p.id(), planned.id(),
                new Translation("ru", "Заказы переходят в новую систему", "С понедельника заказы вводятся в новой системе."),
                planned.version());
        var today = CommunicationForm.of(communications().get(w.coordinator(), p.id(), planned.id()));
        today.setPlannedOn(LocalDate.now());
        Communication c = communications().update(w.coordinator(), p.id(), planned.id(), today);

        MimeMessage toAnna = TestMail.awaitFor(d.anna().email()).getFirst();
        MimeMessage toBoris = TestMail.awaitFor(d.boris().email()).getFirst();
        TestMail.awaitFor(council.getEmail());
        await(() -> communications().progress(w.coordinator(), p.id(), c.id()).waiting() == 0);

        assertThat(toAnna.getSubject()).isEqualTo("Orders move to the new system");
        assertThat(TestMail.body(toAnna)).contains("part of the program");
        assertThat(toBoris.getSubject()).isEqualTo("Заказы переходят в новую систему");
        assertThat(TestMail.body(toBoris)).contains("Это сообщение программы");
        var progress = communications().progress(w.coordinator(), p.id(), c.id());
        assertThat(progress.total()).isEqualTo(4);
        assertThat(progress.sent()).isEqualTo(3);
        assertThat(progress.invalid()).isEqualTo(1);
        var invalid = communications().log(w.coordinator(), p.id(), c.id(), "INVALID", null, 50).items();
        assertThat(invalid).extracting(Delivery::name, Delivery::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Carl", "invalid e-mail address: carl@broken"));
        await(() -> communications().get(w.coordinator(), p.id(), c.id()).status() == CommunicationStatus.SENT);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'communication' and entity_id = ? and action = 'sent'")
                .param(c.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anItemPlannedForLaterWaitsAndSendNowSendsItAtOnce() {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Depot d = depot(w);
        Communication c = engagement.plan(w.coordinator(), p.id(),
                email("Help desk opens", LocalDate.now().plusDays(10), List.of(d.unit().id()), List.of()));

        var started = communications().sendNow(w.coordinator(), p.id(), c.id(), c.version());
        TestMail.awaitFor(d.anna().email());

        assertThat(started.total()).isEqualTo(3);
        assertThatThrownBy(() -> communications().sendNow(w.coordinator(), p.id(), c.id(), c.version() + 1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("communication.error.notPlanned"));
    }

    @Test
    void aSentItemKeepsItsTextAndItsLogAndFailedMessagesCanBeRetried() {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Depot d = depot(w);
        Communication c = engagement.plan(w.coordinator(), p.id(), email("Progress", LocalDate.now(), List.of(d.unit().id()), List.of()));
        TestMail.awaitFor(d.anna().email());
        await(() -> communications().get(w.coordinator(), p.id(), c.id()).status() == CommunicationStatus.SENT);
        Communication sent = communications().get(w.coordinator(), p.id(), c.id());
        var edit = CommunicationForm.of(sent);
        edit.setTitle("Rewritten");
        edit.setNotes("Two replies asked about the help desk hours.");
        jdbc.sql("""
                update mail_outbox set status = 'FAILED', attempts = 5, last_error = '550 mailbox full' where id =
                (select outbox_id from engagement_delivery where communication_id = ? and person_id = ?)""")
                .params(c.id(), d.anna().id()).update();

        Communication after = communications().update(w.coordinator(), p.id(), c.id(), edit);
        var failed = communications().log(w.coordinator(), p.id(), c.id(), "FAILED", null, 50).items();
        int retried = communications().retryFailed(w.coordinator(), p.id(), c.id());

        assertThat(after.title()).isEqualTo("Progress");
        assertThat(after.notes()).startsWith("Two replies");
        assertThatThrownBy(() -> communications().delete(w.coordinator(), p.id(), c.id(), after.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("communication.error.sentKept"));
        assertThat(failed).extracting(Delivery::name, Delivery::lastError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna", "550 mailbox full"));
        assertThat(retried).isEqualTo(1);
        TestMail.awaitFor(d.anna().email(), 2);
    }
}
