package org.uptake.rollout.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveForm;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * The demo's rollout of the workshop-management system (P1): a live pilot in North station 1 with its
 * findings, checklist, data migration and parallel run; wave 2 (the rest of the North region) in
 * preparation with mixed readiness — one station ready with a go, one waiting for its head's sign-off,
 * one barely started; wave 3 (South and East) planned. The large demo puts 1,000 units in 10 waves.
 */
@Component
class RolloutDemoData implements DemoDataContributor {

    private final WaveService waves;
    private final PilotStory pilot;
    private final JdbcClient jdbc;

    RolloutDemoData(WaveService waves, PilotStory pilot, JdbcClient jdbc) {
        this.waves = waves;
        this.pilot = pilot;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoContext context) {
        Long program = context.id("program.p1");
        if (context.size() == DemoSize.NONE || program == null) {
            return;
        }
        long org = context.organizationId();
        Optional<Actor> coordinator = actor(org, "coordinator");
        Optional<Actor> head = actor(org, "head");
        if (coordinator.isEmpty() || head.isEmpty()) {
            return;
        }
        List<Long> north = stations(org, "R01-S%");
        List<Long> southEast = stations(org, "R02-S%");
        southEast.addAll(stations(org, "R03-S%"));
        LocalDate today = LocalDate.now();
        Wave first = waves.create(coordinator.get(), program, form("Pilot: North station 1", true, today, north.subList(0, 1)));
        Wave second = waves.create(coordinator.get(), program, form("Wave 2: North region", false, today.plusDays(14),
                north.subList(1, north.size())));
        waves.create(coordinator.get(), program, form("Wave 3: South and East", false, today.plusDays(35), southEast));
        // The demo head also stands in for the heads of North stations 2 and 3, so one account shows a head's work.
        jdbc.sql("update unit set acting_head_person_id = ? where organization_id = ? and id = any (?)")
                .params(head.get().personId(), org, north.subList(1, 3).toArray(Long[]::new)).update();
        pilot.tell(coordinator.get(), head.get(), program, first, second);
        if (context.size() == DemoSize.LARGE && context.id("program.large") != null) {
            largeWaves(coordinator.get(), context.id("program.large"), org);
        }
    }

    /** 10 waves, one per region: the region, its 33 stations and their 66 teams — 100 units each, 1,000 in all. */
    private void largeWaves(Actor coordinator, long program, long org) {
        List<Long> regions = jdbc.sql("select id from unit where organization_id = ? and code ~ '^R[0-9]{2}$' order by code")
                .param(org).query(Long.class).list();
        LocalDate goLive = LocalDate.now().plusDays(30);
        int n = 0;
        for (long region : regions) {
            List<Long> units = jdbc.sql("""
                    select u.id from unit u join unit r on r.id = ? where u.organization_id = ? and u.path like r.path || '%'
                    order by u.path""").params(region, org).query(Long.class).list();
            n++;
            waves.create(coordinator, program, form("Region wave " + n, n == 1, goLive.plusDays(14L * (n - 1)), units));
        }
    }

    private List<Long> stations(long org, String codePattern) {
        return new java.util.ArrayList<>(jdbc.sql("select id from unit where organization_id = ? and code like ? and code !~ '-(REC|WS)$' order by code")
                .params(org, codePattern).query(Long.class).list());
    }

    private static WaveForm form(String name, boolean pilot, LocalDate goLive, List<Long> units) {
        WaveForm f = new WaveForm();
        f.setName(name);
        f.setPilot(pilot);
        f.setPlannedGoLive(goLive);
        f.setUnitIds(units);
        return f;
    }

    private Optional<Actor> actor(long org, String username) {
        return jdbc.sql("""
                select a.id, a.person_id, p.full_name, a.roles from user_account a join person p on p.id = a.person_id
                where a.organization_id = ? and a.username = ? and a.status = 'ACTIVE'""").params(org, username)
                .query((rs, i) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (Object r : (Object[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(r.toString()));
                    }
                    return new Actor(rs.getLong("id"), org, rs.getLong("person_id"), username, rs.getString("full_name"), roles,
                            false, "en", "UTC");
                }).optional();
    }
}
