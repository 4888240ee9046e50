package org.uptake.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.org.unit.Unit;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.readiness.UnitReadiness;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Role;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.support.sla.ProblemSeverity;

class OpenCriticalProblemsSignalTests extends SupportTest {

    @Test
    void anOpenCriticalProblemInTheUnitOrBelowBlocksItsGateUntilResolved() {
        RolloutFixtures rollouts = new RolloutFixtures(fixtures);
        Rollout r = rollouts.rollout(2);
        Unit depot = r.station(0).unit();
        Unit bay = fixtures.unit(r.world().admin(), "Bay 1", depot.id());
        rollouts.wave(r, "Pilot", true, LocalDate.now(), depot, r.station(1).unit());
        WaveUnit u = rollouts.waveUnit(r, depot);
        rollouts.manualPass(r, u);
        var employee = fixtures.user(r.world().admin(), bay.id(), Role.EMPLOYEE);
        Problem critical = support.report(employee, ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL, "Bay 1 offline");
        support.report(employee, ProblemType.TECHNICAL_ERROR, ProblemSeverity.HIGH, "Slow");
        ReadinessService readiness = fixtures.bean(ReadinessService.class);

        assertThat(readiness.manual(CriterionKind.PROBLEMS)).isFalse();
        assertThat(readiness.values(r.world().admin().organizationId(), r.programId(), CriterionKind.PROBLEMS,
                List.of(depot.id(), r.station(1).unit().id())))
                .containsEntry(depot.id(), BigDecimal.ONE).containsEntry(r.station(1).unit().id(), BigDecimal.ZERO);
        UnitReadiness before = readiness.unit(r.coordinator(), r.programId(), u.id());
        assertThat(before.reasons()).extracting(reason -> reason.code()).contains("rollout.reason.PROBLEMS");

        support.workflow().move(r.coordinator(), critical.id(), new StatusForm(ProblemStatus.RESOLVED, "Switch replaced", critical.version()));

        UnitReadiness after = readiness.unit(r.coordinator(), r.programId(), u.id());
        assertThat(after.reasons()).extracting(reason -> reason.code()).doesNotContain("rollout.reason.PROBLEMS");
        assertThat(after.result(CriterionKind.PROBLEMS).manual()).isFalse();
    }
}
