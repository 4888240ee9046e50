package org.uptake.engagement.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.engagement.stakeholder.ActivityForm;
import org.uptake.engagement.stakeholder.AnchoringService;
import org.uptake.engagement.stakeholder.Attitude;
import org.uptake.engagement.stakeholder.Stakeholder;
import org.uptake.engagement.stakeholder.StakeholderForm;
import org.uptake.engagement.stakeholder.StakeholderKind;
import org.uptake.engagement.stakeholder.StakeholderService;
import org.uptake.shared.Actor;
import org.uptake.shared.demo.DemoContext;

/** Eight stakeholders of the workshop program, from the resisting works council to the championing CEO, with activities. */
@Component
class StakeholderDemoData {

    private final StakeholderService stakeholders;
    private final AnchoringService activities;
    private final JdbcClient jdbc;

    StakeholderDemoData(StakeholderService stakeholders, AnchoringService activities, JdbcClient jdbc) {
        this.stakeholders = stakeholders;
        this.activities = activities;
        this.jdbc = jdbc;
    }

    /** Returns the stakeholders that are groups, for the communication plan's audience. */
    List<Long> create(DemoContext context, Actor coordinator, long program) {
        Stakeholder ceo = person(coordinator, program, context.id("person.ceo"), 5, 4, Attitude.CHAMPION,
                "Will the investment pay back within two years?", "Benefits are measured monthly against the baseline");
        Stakeholder head = person(coordinator, program, context.id("person.head"), 4, 5, Attitude.SCEPTICAL,
                "My station cannot stop for training in the high season", "Training in two shifts; floor-walkers in the first weeks");
        person(coordinator, program, context.id("person.it"), 3, 4, Attitude.SUPPORTIVE,
                "Who supports the old system during the parallel run?", "The vendor, until the parallel run ends");
        person(coordinator, program, context.id("person.employee"), 2, 5, Attitude.NEUTRAL,
                "What does this mean for me?", "Role text on the employee home page; key user at the station");
        Stakeholder council = group(coordinator, program, "Works council", true, null, 5, 3, Attitude.RESISTANT,
                "Will I lose my job?", null);
        Stakeholder mechanics = groupOfUnit(coordinator, program, "Mechanics of the pilot station", context.id("unit.pilot"), 2, 5,
                Attitude.RESISTANT, "More typing, less time for cars?");
        group(coordinator, program, "Customers", false, null, 2, 1, Attitude.NEUTRAL, "Will my appointment be delayed?",
                "No change for customers; a notice at reception");
        group(coordinator, program, "System vendor", false, "projects@vendor.example.com", 3, 3, Attitude.CHAMPION, null, null);
        activity(coordinator, program, council.id(), "Brief the works council before the pilot", LocalDate.now().minusDays(5), true);
        activity(coordinator, program, head.id(), "Station head joins the pilot review", LocalDate.now().plusDays(12), false);
        activity(coordinator, program, mechanics.id(), "Two mechanics become key users", LocalDate.now().plusDays(4), false);
        activity(coordinator, program, ceo.id(), "CEO opens the town hall", LocalDate.now().minusDays(2), true);
        return List.of(council.id(), mechanics.id());
    }

    private Stakeholder person(Actor coordinator, long program, Long personId, int influence, int interest, Attitude attitude,
                               String concern, String response) {
        var f = new StakeholderForm();
        f.setKind(StakeholderKind.PERSON);
        f.setPersonId(personId);
        return save(coordinator, program, f, influence, interest, attitude, concern, response);
    }

    private Stakeholder group(Actor coordinator, long program, String name, boolean internal, String email, int influence, int interest,
                              Attitude attitude, String concern, String response) {
        var f = new StakeholderForm();
        f.setKind(StakeholderKind.GROUP);
        f.setName(name);
        f.setInternal(internal);
        f.setEmail(email);
        return save(coordinator, program, f, influence, interest, attitude, concern, response);
    }

    private Stakeholder groupOfUnit(Actor coordinator, long program, String name, Long unitId, int influence, int interest,
                                    Attitude attitude, String concern) {
        var f = new StakeholderForm();
        f.setKind(StakeholderKind.GROUP);
        f.setName(name);
        f.setUnitId(unitId);
        return save(coordinator, program, f, influence, interest, attitude, concern, null);
    }

    private Stakeholder save(Actor coordinator, long program, StakeholderForm f, int influence, int interest, Attitude attitude,
                             String concern, String response) {
        f.setInfluence(influence);
        f.setInterest(interest);
        f.setAttitude(attitude);
        if (concern != null) {
            f.setConcerns(List.of(new StakeholderForm.ConcernForm(concern, response)));
        }
        return stakeholders.create(coordinator, program, f);
    }

    private void activity(Actor coordinator, long program, long stakeholder, String title, LocalDate due, boolean done) {
        var f = new ActivityForm();
        f.setStakeholderId(stakeholder);
        f.setTitle(title);
        f.setDueOn(due);
        f.setDone(done);
        f.setTaskId(jdbc.sql("select id from program_task where program_id = ? order by planned_start, id limit 1")
                .param(program).query(Long.class).optional().orElse(null));
        activities.create(coordinator, program, f);
    }
}
