package org.uptake.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.uptake.measure.Aggregation;
import org.uptake.measure.Kpi;
import org.uptake.measure.KpiService;
import org.uptake.measure.adoption.AdoptionBatch;
import org.uptake.measure.adoption.AdoptionService;
import org.uptake.org.person.Person;
import org.uptake.program.Goal;
import org.uptake.program.ProgramTeamService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.support.sla.ProblemSeverity;
import org.uptake.program.Program;
import org.uptake.program.ProgramDraft;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramSubject;
import org.uptake.report.status.StatusReportService;
import org.uptake.shared.Actor;

/** Status reports for tests: a program with a problem desk (SupportFixtures), an empty program, the report service. */
public final class ReportFixtures {

    private final Fixtures fixtures;
    private final SupportFixtures support;

    public ReportFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.support = new SupportFixtures(fixtures);
    }

    public SupportFixtures support() {
        return support;
    }

    public StatusReportService reports() {
        return fixtures.bean(StatusReportService.class);
    }

    /** A program rolled out in three waves: wave 1 live ten days ago with active users, a KPI behind plan, a critical problem. */
    public record ThreeWaves(RolloutFixtures.Rollout rollout, Kpi kpi, List<Person> people) {

        public long programId() {
            return rollout.programId();
        }

        public Actor coordinator() {
            return rollout.coordinator();
        }
    }

    public ThreeWaves threeWaves() {
        var rollouts = new RolloutFixtures(fixtures);
        var r = rollouts.rollout(3);
        Actor admin = r.world().admin();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(fixtures.person(admin, "Driver " + i, r.station(0).unit().id(), null));
        }
        LocalDate today = LocalDate.now();
        rollouts.wave(r, "Wave 1", false, today.plusDays(30), r.station(0).unit());
        rollouts.wave(r, "Wave 2", false, today.plusDays(60), r.station(1).unit());
        rollouts.wave(r, "Wave 3", false, today.plusDays(90), r.station(2).unit());
        WaveUnit first = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.waves().markLive(r.coordinator(), r.programId(), first.id(), today.minusDays(10), first.version());
        List<AdoptionBatch.Event> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(new AdoptionBatch.Event("ev-" + Fixtures.next(), people.get(i).email(), "orders",
                    Instant.now().minus(i + 1, ChronoUnit.DAYS).toString()));
        }
        fixtures.bean(AdoptionService.class).ingest(r.coordinator(), new AdoptionBatch(r.programId(), events));
        Goal goal = fixtures.bean(ProgramTeamService.class).addGoal(r.coordinator(), r.programId(), "Orders in the new system", null);
        Kpi kpi = fixtures.bean(KpiService.class).create(r.coordinator(), r.programId(),
                MeasureFixtures.form(new MeasureFixtures.World(r.world(), r.program(), goal), "ORD" + Fixtures.next(), Aggregation.SUM));
        new MeasureFixtures(fixtures).measure(r.coordinator(), kpi, "110", LocalDate.of(2025, 3, 20), null);
        support.report(r.station(0).head(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL, "Orders screen freezes");
        return new ThreeWaves(r, kpi, people);
    }

    /** A program with nothing in it: no playbook, no plan, no units, no KPIs. */
    public Program emptyProgram(Actor coordinator) {
        return fixtures.bean(ProgramService.class).register(coordinator, new ProgramDraft("Empty " + Fixtures.next(),
                ProgramSubject.POLICY, null, null, "Nothing yet", LocalDate.of(2030, 1, 7), "en", null, null, null,
                List.of(), List.of(new ProgramDraft.TeamSeat(coordinator.personId(), ProgramRole.COORDINATOR)), List.of()));
    }

    /** The first status report among the recipient's mail (setting up a program mails its tasks first). */
    public static jakarta.mail.internet.MimeMessage reportMail(String email) throws Exception {
        for (int count = 1; count < 20; count++) {
            for (jakarta.mail.internet.MimeMessage m : TestMail.awaitFor(email, count)) {
                if (m.getSubject().startsWith("Status report")) {
                    return m;
                }
            }
        }
        throw new AssertionError("No status report mailed to " + email);
    }

    /** The bytes of the message's PDF attachment. */
    public static byte[] pdfAttachment(jakarta.mail.internet.MimeMessage message) throws Exception {
        var parts = (jakarta.mail.Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf")) {
                return parts.getBodyPart(i).getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No PDF attached to " + message.getSubject());
    }
}
