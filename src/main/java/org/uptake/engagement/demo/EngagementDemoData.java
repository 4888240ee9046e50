package org.uptake.engagement.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.engagement.communication.Channel;
import org.uptake.engagement.communication.Communication;
import org.uptake.engagement.communication.CommunicationForm;
import org.uptake.engagement.communication.CommunicationService;
import org.uptake.engagement.communication.CommunicationStatus;
import org.uptake.engagement.communication.MessageType;
import org.uptake.engagement.communication.Translation;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * The demo's stakeholder grid and communication calendar for the workshop program: e-mails, meetings and intranet
 * notices across the rollout — the first ones already sent (their log in the outbox), the rest planned by the waves'
 * go-live dates. The large demo's program gets a proportionate plan.
 */
@Component
class EngagementDemoData implements DemoDataContributor {

    private final StakeholderDemoData stakeholders;
    private final CommunicationService communications;
    private final WaveService waves;
    private final JdbcClient jdbc;

    EngagementDemoData(StakeholderDemoData stakeholders, CommunicationService communications, WaveService waves, JdbcClient jdbc) {
        this.stakeholders = stakeholders;
        this.communications = communications;
        this.waves = waves;
        this.jdbc = jdbc;
    }

    /** After training (400), which reuses the rollout's waves as this does. */
    @Override
    public int order() {
        return 450;
    }

    @Override
    public void contribute(DemoContext context) {
        Long program = context.id("program.p1");
        if (context.size() == DemoSize.NONE || program == null || context.id("unit.pilot") == null) {
            return;
        }
        Actor coordinator = coordinator(context);
        List<Long> groups = stakeholders.create(context, coordinator, program);
        plan(context, coordinator, program, groups);
        Long large = context.id("program.large");
        if (context.size() == DemoSize.LARGE && large != null) {
            for (int month = 0; month < 12; month++) {
                item(coordinator, large, "Monthly progress " + (month + 1), MessageType.PROGRESS, Channel.EMAIL,
                        LocalDate.now().plusMonths(month).withDayOfMonth(1), List.of(context.id("unit.root")), List.of(), List.of());
            }
        }
    }

    private void plan(DemoContext context, Actor coordinator, long program, List<Long> groups) {
        long root = context.id("unit.root");
        long pilot = context.id("unit.pilot");
        LocalDate today = LocalDate.now();
        Communication why = item(coordinator, program, "Why we change: the CEO's letter", MessageType.WHY, Channel.EMAIL,
                today.minusDays(10), List.of(root), List.of(), List.of());
        communications.sendNow(coordinator, program, why.id(), why.version());
        var townHall = item(coordinator, program, "Town hall: what changes for you", MessageType.UPCOMING_CHANGE, Channel.MEETING,
                today.minusDays(3), List.of(pilot), List.of(), groups);
        var held = CommunicationForm.of(townHall);
        held.setStatus(CommunicationStatus.DONE);
        held.setNotes("About 40 people. Questions: who enters open orders on go-live day (the key users, on Sunday); "
                + "do mechanics type more (no: tablets in the bays).");
        communications.update(coordinator, program, townHall.id(), held);
        Communication help = item(coordinator, program, "How to get help in the first weeks", MessageType.HOW_TO_GET_HELP,
                Channel.EMAIL, today.plusDays(2), List.of(pilot), List.of(), groups.subList(1, 2));
        communications.saveTranslation(coordinator, program, help.id(), new Translation("ru", "Где получить помощь в первые недели",
                "Ключевой пользователь станции и служба поддержки помогут вам в первые недели после запуска."), help.version());
        item(coordinator, program, "Help desk hours on the intranet", MessageType.HOW_TO_GET_HELP, Channel.INTRANET,
                today.plusDays(5), List.of(root), List.of(), List.of());
        List<Wave> rollout = waves.list(coordinator, program);
        for (Wave wave : rollout) {
            item(coordinator, program, wave.name() + ": go-live next week", MessageType.UPCOMING_CHANGE, Channel.EMAIL,
                    wave.plannedGoLive().minusDays(7), List.of(), List.of(wave.id()), List.of());
            item(coordinator, program, wave.name() + ": briefing of the station heads", MessageType.UPCOMING_CHANGE, Channel.MEETING,
                    wave.plannedGoLive().minusDays(14), List.of(), List.of(wave.id()), List.of());
        }
        item(coordinator, program, "Progress after the pilot", MessageType.PROGRESS, Channel.EMAIL, today.plusDays(21),
                List.of(root), List.of(), List.of());
    }

    private Communication item(Actor coordinator, long program, String title, MessageType type, Channel channel, LocalDate on,
                               List<Long> units, List<Long> waveIds, List<Long> stakeholderIds) {
        var f = new CommunicationForm();
        f.setTitle(title);
        f.setMessageType(type);
        f.setChannel(channel);
        f.setPlannedOn(on);
        f.setOwnerPersonId(coordinator.personId());
        f.setUnitIds(units);
        f.setWaveIds(waveIds);
        f.setStakeholderIds(stakeholderIds);
        if (channel == Channel.EMAIL) {
            f.setSubject(title);
            f.setBody(title + ".\n\nThe workshop system replaces the paper order sheets station by station. "
                    + "Your station's key user and the help desk are there for you.");
        } else if (channel == Channel.MEETING) {
            f.setAgenda("1. Why we change\n2. What changes for you\n3. Training and help\n4. Questions");
        }
        return communications.create(coordinator, program, f);
    }

    private Actor coordinator(DemoContext context) {
        long org = context.organizationId();
        long person = context.id("person.coordinator");
        Long userId = jdbc.sql("select id from user_account where organization_id = ? and person_id = ?").params(org, person)
                .query(Long.class).optional().orElse(0L);
        String name = jdbc.sql("select full_name from person where id = ?").param(person).query(String.class).single();
        return new Actor(userId, org, person, "coordinator", name, Set.of(Role.COORDINATOR, Role.ADMIN), false, "en", "UTC");
    }
}
