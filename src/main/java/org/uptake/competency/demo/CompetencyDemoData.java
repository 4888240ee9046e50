package org.uptake.competency.demo;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.catalog.CatalogService;
import org.uptake.competency.duty.DutyService;
import org.uptake.competency.profile.ProfileService;
import org.uptake.competency.session.SessionRequestForm;
import org.uptake.competency.session.SessionRequestService;
import org.uptake.competency.standard.AttestationService;
import org.uptake.competency.standard.MappingService;
import org.uptake.competency.standard.StandardService;
import org.uptake.org.position.PositionService;
import org.uptake.shared.Actor;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * Runs after the process module's car-service model (order 70). Small: the service adviser's
 * profile, duties issued for sign-off, values, assessments with gaps and training plans, and the
 * fictional sample standard mapped to two positions with attestations, and a unit-level session request. Large: bulk rows.
 */
@Component
class CompetencyDemoData implements DemoDataContributor {

    private final CarServiceProfiles.Services services;
    private final JdbcClient jdbc;
    private final SessionRequestService sessions;

    CompetencyDemoData(ProfileService profiles, CatalogService catalog, DutyService duties, AssessmentService assessments,
                       StandardService standards, MappingService mappings, AttestationService attestations,
                       PositionService positions, SessionRequestService sessions, JdbcClient jdbc) {
        this.services = new CarServiceProfiles.Services(profiles, catalog, duties, assessments, standards, mappings,
                attestations, positions);
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void contribute(DemoContext context) {
        if (context.size() == DemoSize.NONE) {
            return;
        }
        if (context.size() == DemoSize.LARGE) {
            new LargeCompetencies(jdbc, context.organizationId()).build();
            services.assessments().countUncountedGaps(context.organizationId());
            return;
        }
        Actor actor = Actor.system(context.organizationId());
        Long receiving = process(context.organizationId(), "Receiving a car from a client");
        List<Long> advisers = holders(context.organizationId(), "SA");
        new CarServiceProfiles(actor, services, receiving, advisers, holders(context.organizationId(), "RCPT")).build();
        requestSession(actor, advisers);
    }

    /** The advisers' unit asks for one session in the competency most of them lack (the gap matrix's unit-level need). */
    private void requestSession(Actor actor, List<Long> advisers) {
        if (advisers.isEmpty()) {
            return;
        }
        var gap = jdbc.sql("""
                select p.unit_id, i.competency_id from assessment_item i join assessment a on a.id = i.assessment_id
                join person p on p.id = a.person_id
                where a.organization_id = ? and a.latest and i.gap > 0 and p.id = ? and p.unit_id is not null
                order by i.gap desc, i.competency_id limit 1""")
                .params(actor.organizationId(), advisers.getFirst()).query().listOfRows();
        if (gap.isEmpty()) {
            return;
        }
        var form = new SessionRequestForm();
        form.setUnitId(((Number) gap.getFirst().get("unit_id")).longValue());
        form.setCompetencyId(((Number) gap.getFirst().get("competency_id")).longValue());
        form.setNote("Two advisers lack it; an afternoon workshop at the reception desk would suit them");
        sessions.request(actor, form);
    }

    private Long process(long org, String name) {
        return jdbc.sql("select id from process where organization_id = ? and name = ? order by id limit 1")
                .params(org, name).query(Long.class).optional().orElse(null);
    }

    private List<Long> holders(long org, String positionCode) {
        return jdbc.sql("""
                select p.id from person p join position pos on pos.id = p.position_id
                where p.organization_id = ? and pos.code = ? and p.employment_status = 'ACTIVE' order by p.id limit 3""")
                .params(org, positionCode).query(Long.class).list();
    }
}
