package org.uptake.competency.demo;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.catalog.CatalogService;
import org.uptake.competency.duty.DutyService;
import org.uptake.competency.profile.ProfileService;
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
 * fictional sample standard mapped to two positions with attestations. Large: bulk rows.
 */
@Component
class CompetencyDemoData implements DemoDataContributor {

    private final CarServiceProfiles.Services services;
    private final JdbcClient jdbc;

    CompetencyDemoData(ProfileService profiles, CatalogService catalog, DutyService duties, AssessmentService assessments,
                       StandardService standards, MappingService mappings, AttestationService attestations,
                       PositionService positions, JdbcClient jdbc) {
        this.services = new CarServiceProfiles.Services(profiles, catalog, duties, assessments, standards, mappings,
                attestations, positions);
        this.jdbc = jdbc;
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
            return;
        }
        Actor actor = Actor.system(context.organizationId());
        Long receiving = process(context.organizationId(), "Receiving a car from a client");
        new CarServiceProfiles(actor, services, receiving, holders(context.organizationId(), "SA"),
                holders(context.organizationId(), "RCPT")).build();
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
