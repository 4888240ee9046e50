package org.uptake.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.procurement.selection.ScoringService;
import org.uptake.procurement.selection.SelectionService;
import org.uptake.procurement.selection.SelectionStatus;
import org.uptake.procurement.selection.VendorService;
import org.uptake.program.Program;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProgramFixtures;

/** The small demo's CRM selection: three vendors, two evaluators who submitted, a signed-off decision with milestones. */
class SelectionDemoDataTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    java.util.List<DemoDataContributor> contributors;

    @Test
    void buildsASignedOffCrmSelectionWithThreeVendorsAndTwoEvaluators() {
        var programs = new ProgramFixtures(fixtures);
        var w = programs.world();
        Program p1 = programs.program(w, "P1");
        var employee = fixtures.user(w.admin(), w.station().id(), Role.EMPLOYEE);
        var head = fixtures.user(w.admin(), w.station().id(), Role.UNIT_HEAD, Role.EMPLOYEE);
        var ceo = fixtures.user(w.admin(), w.root().id(), Role.VIEWER);
        var context = new DemoContext(DemoSize.SMALL);
        context.organizationId(w.admin().organizationId());
        context.remember("program.p1", p1.id());
        context.remember("person.coordinator", w.coordinator().personId());
        context.remember("person.employee", employee.personId());
        context.remember("person.head", head.personId());
        context.remember("person.ceo", ceo.personId());

        contributors.stream().filter(c -> c.getClass().getSimpleName().startsWith("SelectionDemoData")).findFirst().orElseThrow()
                .contribute(context);

        var admin = w.admin();
        var selection = fixtures.bean(SelectionService.class).list(admin, p1.id()).getFirst();
        assertThat(selection.status()).isEqualTo(SelectionStatus.DECIDED);
        assertThat(fixtures.bean(VendorService.class).list(admin, p1.id(), selection.id())).hasSize(3);
        assertThat(fixtures.bean(ScoringService.class).evaluators(admin, p1.id(), selection.id()))
                .hasSize(2).allMatch(e -> e.submitted());
        var results = fixtures.bean(ScoringService.class).results(admin, p1.id(), selection.id());
        assertThat(results.ranking().getFirst().vendorId()).isEqualTo(selection.chosenVendorId());
        assertThat(fixtures.bean(VendorService.class).commitments(admin, p1.id(), selection.id()))
                .hasSize(2).allMatch(c -> c.taskId() != null);
    }
}
