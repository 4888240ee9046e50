package org.uptake.engagement.home;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * "What changes for my role" in the demo: the mechanics' text (published twice, in English and Russian) and
 * the service advisers' text, so the demo employee (a mechanic of the pilot station) reads theirs at home.
 */
@Component
class RoleChangeDemoData implements DemoDataContributor {

    private final RoleChangeService changes;
    private final JdbcClient jdbc;

    RoleChangeDemoData(RoleChangeService changes, JdbcClient jdbc) {
        this.changes = changes;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 460;
    }

    @Override
    public void contribute(DemoContext context) {
        Long program = context.id("program.p1");
        Long coordinatorPerson = context.id("person.coordinator");
        if (context.size() == DemoSize.NONE || program == null || coordinatorPerson == null) {
            return;
        }
        long org = context.organizationId();
        Actor coordinator = coordinator(org, coordinatorPerson);
        Long mechanic = position(org, "MECH");
        Long adviser = position(org, "SA");
        if (mechanic == null || adviser == null) {
            return;
        }
        RoleChange m = publish(coordinator, program, mechanic, "en", "Work orders arrive on the workshop tablet instead of paper.", 0);
        publish(coordinator, program, mechanic, "en", """
                Work orders arrive on the workshop tablet instead of paper.
                You record the hours and the parts used on the tablet when you finish a job; the adviser sees it at once.
                Ask the senior mechanic or the floor-walker in the first two weeks.""", m.version());
        publish(coordinator, program, mechanic, "ru", """
                Заказ-наряды приходят на планшет в цехе вместо бумаги.
                Часы и запчасти вы отмечаете на планшете по окончании работы; мастер-приёмщик видит это сразу.""", 0);
        publish(coordinator, program, adviser, "en", """
                You open every visit in the new system while the client is at the desk and print nothing.
                The client gets the estimate and the status updates by text message.""", 0);
    }

    private RoleChange publish(Actor coordinator, long program, long position, String language, String text, int version) {
        RoleChange c = changes.save(coordinator, program, new RoleChangeForm(position, language, text, version));
        return changes.publish(coordinator, program, c.id(), c.version());
    }

    private Long position(long org, String code) {
        return jdbc.sql("select id from position where organization_id = ? and code = ?").params(org, code)
                .query(Long.class).optional().orElse(null);
    }

    private Actor coordinator(long org, long personId) {
        var row = jdbc.sql("""
                select coalesce(ua.id, 0) as user_id, coalesce(ua.username, 'demo') as username, p.full_name
                from person p left join user_account ua on ua.person_id = p.id where p.id = ?""")
                .param(personId).query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)}).single();
        return new Actor((Long) row[0], org, personId, (String) row[1], (String) row[2], Set.of(Role.COORDINATOR), false, "en", "UTC");
    }
}
