package org.uptake.org.unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;

/** A unit's head and acting head must be current people of the same organisation. */
@Component
class UnitHeads {

    private final JdbcClient jdbc;

    UnitHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void requireEligible(Actor actor, UnitForm form) {
        check(actor, "headPersonId", form.getHeadPersonId());
        check(actor, "actingHeadPersonId", form.getActingHeadPersonId());
    }

    private void check(Actor actor, String field, Long personId) {
        if (personId == null) {
            return;
        }
        boolean ok = jdbc.sql("""
                select exists (select 1 from person where organization_id = ? and id = ? and employment_status <> 'LEFT')""")
                .params(actor.organizationId(), personId).query(Boolean.class).single();
        if (!ok) {
            throw new InvalidInputException(field, "unit.error.headUnknown");
        }
    }
}
