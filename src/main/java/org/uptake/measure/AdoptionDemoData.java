package org.uptake.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.measure.adoption.AdoptionBatch;
import org.uptake.measure.adoption.AdoptionService;
import org.uptake.rollout.wave.WaveForm;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * Three waves for the demo's P1 program — the pilot station, the rest of region 1 (both live) and
 * region 2 (planned) — and usage events of the live stations' people for the last four weeks, sent
 * through the same ingest as the new system uses: a few thousand in {@code small}, a million in {@code large}.
 */
@Component
class AdoptionDemoData implements DemoDataContributor {

    static final int BATCH = 5000;

    private final WaveService waves;
    private final AdoptionService adoption;
    private final JdbcClient jdbc;

    AdoptionDemoData(WaveService waves, AdoptionService adoption, JdbcClient jdbc) {
        this.waves = waves;
        this.adoption = adoption;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 610;
    }

    @Override
    public void contribute(DemoContext context) {
        Long p1 = context.id("program.p1");
        if (context.size() == DemoSize.NONE || p1 == null) {
            return;
        }
        Actor coordinator = MeasureDemoData.coordinator(jdbc, context);
        if (waves.wavesUnchecked(context.organizationId(), p1).isEmpty()) {
            createWaves(context, coordinator, p1);
        }
        long target = context.size() == DemoSize.LARGE ? 1_000_000 : 6_000;
        send(coordinator, p1, users(context, p1), target);
    }

    private void createWaves(DemoContext context, Actor coordinator, long p1) {
        long pilot = context.id("unit.pilot");
        List<Long> region1 = stations(context, "R01").stream().filter(id -> id != pilot).toList();
        List<Long> region2 = stations(context, "R02");
        LocalDate today = LocalDate.now();
        wave(coordinator, p1, "Pilot", true, today.minusDays(24), List.of(pilot));
        wave(coordinator, p1, "Wave 1 · region 1", false, today.minusDays(12), region1);
        if (!region2.isEmpty()) {
            wave(coordinator, p1, "Wave 2 · region 2", false, today.plusDays(21), region2);
        }
        for (WaveUnit u : waves.unitsUnchecked(context.organizationId(), p1)) {
            if (u.plannedGoLive().isBefore(today)) {
                waves.markLive(coordinator, p1, u.id(), u.plannedGoLive(), u.version());
            }
        }
    }

    private List<Long> stations(DemoContext context, String region) {
        return jdbc.sql("select u.id from unit u join unit r on r.id = u.parent_id where u.organization_id = ? and r.code = ? order by u.code")
                .params(context.organizationId(), region).query(Long.class).list();
    }

    private void wave(Actor actor, long program, String name, boolean pilot, LocalDate goLive, List<Long> units) {
        var f = new WaveForm();
        f.setName(name);
        f.setPilot(pilot);
        f.setPlannedGoLive(goLive);
        f.setUnitIds(units);
        waves.create(actor, program, f);
    }

    /** The e-mails of the people of the program's live units and the units below them. */
    private List<String> users(DemoContext context, long program) {
        return jdbc.sql("""
                select p.email from rollout_wave_unit wu join unit s on s.id = wu.unit_id
                join unit u on u.organization_id = s.organization_id and u.path like s.path || '%'
                join person p on p.unit_id = u.id
                where wu.organization_id = ? and wu.program_id = ? and wu.live_on is not null and p.email is not null order by p.id""")
                .params(context.organizationId(), program).query(String.class).list();
    }

    /** Events over the last 27 days, more of them as people get used to the system; four in five people use it at all. */
    private void send(Actor actor, long program, List<String> users, long target) {
        if (users.isEmpty()) {
            return;
        }
        var random = new Random(7);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String[] features = {"orders", "work-orders", "parts", "invoices", "reports"};
        List<AdoptionBatch.Event> batch = new ArrayList<>(BATCH);
        for (long i = 0; i < target; i++) {
            String user = users.get(random.nextInt(Math.max(1, users.size() * 4 / 5)));
            long minutesAgo = (long) (Math.sqrt(random.nextDouble()) * 27 * 24 * 60);
            batch.add(new AdoptionBatch.Event("demo-" + program + "-" + i, user, features[random.nextInt(features.length)],
                    now.minus(27 * 24 * 60 - minutesAgo, ChronoUnit.MINUTES).toString()));
            if (batch.size() == BATCH) {
                adoption.ingest(actor, new AdoptionBatch(program, batch));
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            adoption.ingest(actor, new AdoptionBatch(program, batch));
        }
    }
}
