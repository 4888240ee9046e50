package org.uptake.report.closure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.report.lessons.LessonService;
import org.uptake.report.wheel.WheelService;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoSize;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.IntegrationTest;

/** The small demo's closed earlier program shows every step of closing: evaluation, signed report, accepted handover, wheel. */
class ClosedProgramDemoDataTests extends IntegrationTest {

    @Autowired
    ClosedProgramDemoData demo;
    @Autowired
    ProgramService programs;
    @Autowired
    FinalReportService reports;
    @Autowired
    HandoverService handovers;
    @Autowired
    LessonService lessons;
    @Autowired
    WheelService wheel;
    @Autowired
    BenefitService benefits;

    @Test
    void buildsAClosedProgramWithItsSignedReportAcceptedHandoverLessonsAndWheel() {
        var admin = fixtures.newOrganization();
        var root = fixtures.unit(admin, "Network", null);
        var coordinator = fixtures.user(admin, root.id(), Role.COORDINATOR, Role.EMPLOYEE);
        var head = fixtures.user(admin, root.id(), Role.UNIT_HEAD, Role.EMPLOYEE);
        var ceo = fixtures.user(admin, root.id(), Role.VIEWER);
        var context = new DemoContext(DemoSize.SMALL);
        context.organizationId(admin.organizationId());
        context.remember("unit.root", root.id());
        context.remember("person.coordinator", coordinator.personId());
        context.remember("person.head", head.personId());
        context.remember("person.ceo", ceo.personId());

        demo.contribute(context);

        long id = context.id("program.closed");
        assertThat(programs.find(admin, id).status()).isEqualTo(ProgramStatus.CLOSED);
        assertThat(reports.get(admin, id).status()).isEqualTo(FinalReportStatus.SIGNED);
        assertThat(handovers.get(admin, id).status()).isEqualTo(HandoverStatus.ACCEPTED);
        assertThat(lessons.ofProgram(admin, id)).hasSize(3);
        assertThat(wheel.scheduled(admin, id)).hasSize(3);
        assertThat(benefits.list(admin, id, PageRequest.first(5)).items()).allSatisfy(b ->
                assertThat(b.ownerPersonId()).isEqualTo(head.personId()));
        assertThat(reports.content(admin, id).kpis()).singleElement().satisfies(k ->
                assertThat(k.latest()).isEqualByComparingTo("97"));
    }
}
