package org.uptake.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.SupportFixtures.Desk;
import org.uptake.support.sla.ProblemSeverity;
import org.uptake.support.sla.SlaForm;
import org.uptake.support.sla.SlaPolicy;
import org.uptake.support.trend.TrendService;
import org.uptake.support.trend.Trends;

class ProblemSlaAndTrendTests extends SupportTest {

    private static SlaForm hours(int critical, int high, int medium, int low, int version) {
        var f = new SlaForm();
        f.setCriticalHours(critical);
        f.setHighHours(high);
        f.setMediumHours(medium);
        f.setLowHours(low);
        f.setVersion(version);
        return f;
    }

    @Test
    void aProgramsOwnSlaWinsOverTheOrganisationsWhichWinsOverTheDefaults() {
        Desk d = support.desk();
        assertThat(support.sla().policy(d.coordinator(), null).inherited()).isTrue();
        support.sla().save(d.coordinator(), null, hours(4, 16, 48, 120, 0));
        SlaPolicy inherited = support.sla().policy(d.coordinator(), d.program().id());
        assertThat(inherited.inherited()).isTrue();
        assertThat(inherited.criticalHours()).isEqualTo(4);

        support.sla().save(d.coordinator(), d.program().id(), hours(2, 8, 24, 72, 0));
        Problem inProgram = support.report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL, "Down");
        var outside = SupportFixtures.form(ProblemType.QUESTION, "Elsewhere");
        outside.setUnitId(fixtures.unit(d.admin(), "Not in the program", null).id());
        outside.setSeverity(ProblemSeverity.HIGH);

        assertThat(inProgram.slaHours()).isEqualTo(2);
        assertThat(support.problems().report(d.employee(), outside).slaHours()).isEqualTo(16);
    }

    @Test
    void aStaleOrForbiddenSlaChangeIsRefusedAndTheOldHoursStay() throws Exception {
        Desk d = support.desk();
        support.sla().save(d.coordinator(), null, hours(4, 16, 48, 120, 0));

        assertThatThrownBy(() -> support.sla().save(d.coordinator(), null, hours(1, 1, 1, 1, 0)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> support.sla().save(d.employee(), null, hours(1, 1, 1, 1, 1)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> support.sla().save(d.head(), d.program().id(), hours(1, 1, 1, 1, 0)))
                .isInstanceOf(ForbiddenException.class);
        mvc.perform(put("/api/v1/problems/sla").header("Authorization", "Bearer " + fixtures.token(d.coordinator(), "read", "write"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"criticalHours\":0,\"highHours\":8,\"mediumHours\":24,\"lowHours\":99999,\"version\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        assertThat(support.sla().policy(d.coordinator(), null).criticalHours()).isEqualTo(4);
    }

    @Test
    void trendsCountPerWeekKindAndUnitAndTheShareResolvedWithinSla() {
        Desk d = support.desk();
        Problem a = support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "a");
        support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.CRITICAL, "b");
        Problem c = support.report(d.otherHead(), ProblemType.REQUEST, ProblemSeverity.LOW, "c");
        jdbc.sql("update problem set created_at = created_at - interval '7 days' where id = ?").param(c.id()).update();
        support.workflow().move(d.coordinator(), a.id(), new StatusForm(ProblemStatus.RESOLVED, "Answered", a.version()));

        Trends t = fixtures.bean(TrendService.class).trends(d.coordinator(), null, 4);

        assertThat(t.weeks()).hasSize(4);
        assertThat(t.reportedByType().get("QUESTION").getLast()).isEqualTo(2L);
        assertThat(t.reportedByType().get("REQUEST").get(2)).isEqualTo(1L);
        assertThat(t.reported().stream().mapToLong(Long::longValue).sum()).isEqualTo(3L);
        assertThat(t.resolved().getLast()).isEqualTo(1L);
        assertThat(t.units()).first().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo(d.station().id());
            assertThat(u.total()).isEqualTo(2);
            assertThat(u.critical()).isEqualTo(1);
        });
        assertThat(t.slaMetPercent()).isEqualTo(100L);
    }

    @Test
    void trendsRefuseAnOutOfRangePeriodAndReadersOnly() {
        Desk d = support.desk();
        assertThat(refusal(() -> fixtures.bean(TrendService.class).trends(d.coordinator(), null, 0))).isEqualTo("support.error.weeks");
        assertThat(refusal(() -> fixtures.bean(TrendService.class).trends(d.coordinator(), null, 500))).isEqualTo("support.error.weeks");
        assertThatThrownBy(() -> fixtures.bean(TrendService.class).trends(d.employee(), null, 4))
                .isInstanceOf(ForbiddenException.class);
    }
}
