package org.uptake.competency.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.support.CompetencyFixtures;
import org.uptake.support.IntegrationTest;

/** The large demo's set-based rows: what the duties and gap-matrix benchmarks read. */
class LargeCompetenciesTests extends IntegrationTest {

    private int count(String table, long org) {
        return jdbc.sql("select count(*) from " + table + " where organization_id = ?").param(org).query(Integer.class).single();
    }

    @Test
    void givesEveryExecutingPositionDutiesAndEveryHolderAnAgreedAssessmentWithGaps() {
        var car = new CompetencyFixtures(fixtures).carService();
        long org = car.admin().organizationId();

        new LargeCompetencies(jdbc, org).build();

        assertThat(count("job_duties", org)).isEqualTo(1);
        assertThat(count("position_requirement", org)).isEqualTo(6 * count("position", org));
        assertThat(count("assessment", org)).isEqualTo(2);
        assertThat(count("assessment_item", org)).isEqualTo(12);
        assertThat(jdbc.sql("select count(*) from assessment_item where organization_id = ? and gap > 0").param(org)
                .query(Integer.class).single()).isPositive();
        var matrix = fixtures.bean(AssessmentService.class).matrix(car.admin(), null, true);
        assertThat(matrix).isNotNull();
    }
}
