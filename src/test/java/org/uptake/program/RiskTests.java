package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.program.plan.Task;
import org.uptake.program.risk.Risk;
import org.uptake.program.risk.RiskForm;
import org.uptake.program.risk.RiskService;
import org.uptake.program.risk.RiskStatus;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.ProgramTest;

/** The risk register: scored probability × impact, owned, mitigated, linked to the tasks it threatens, on a heat map. */
class RiskTests extends ProgramTest {

    private RiskService risks() {
        return fixtures.bean(RiskService.class);
    }

    private static RiskForm risk(String title, int probability, int impact, Long owner, List<Long> tasks) {
        var f = new RiskForm();
        f.setTitle(title);
        f.setProbability(probability);
        f.setImpact(impact);
        f.setOwnerPersonId(owner);
        f.setMitigation("Train key users early");
        f.setTaskIds(tasks);
        return f;
    }

    @Test
    void registersARiskWithItsTasksAndCountsTheActiveOnesOnTheHeatMap() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        Risk resistance = risks().create(w.coordinator(), p.id(), risk("Staff resist the change", 4, 4, w.sponsor().id(),
                List.of(training.id())));
        risks().create(w.coordinator(), p.id(), risk("Vendor late", 2, 5, null, List.of()));
        var closed = risk("Old risk", 4, 4, null, List.of());
        closed.setStatus(RiskStatus.CLOSED);
        risks().create(w.coordinator(), p.id(), closed);

        assertThat(resistance.score()).isEqualTo(16);
        assertThat(resistance.band()).isEqualTo("high");
        assertThat(resistance.ownerName()).isEqualTo("Sponsor Person");
        assertThat(resistance.tasks()).extracting(Risk.LinkedTask::title).containsExactly(training.title());
        var heat = risks().heatMap(w.coordinator(), p.id());
        assertThat(heat.total()).isEqualTo(2);
        assertThat(heat.cells()).extracting(c -> c[0] + "x" + c[1] + "=" + c[2]).containsExactly("2x5=1", "4x4=1");
    }

    @Test
    void listsRisksByScoreAcrossPages() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        for (int i = 1; i <= 5; i++) {
            risks().create(w.coordinator(), p.id(), risk("Risk " + i, i, i, null, List.of()));
        }
        var first = risks().list(w.coordinator(), p.id(), RiskService.Filter.ACTIVE, new PageRequest(null, null, 2));
        var second = risks().list(w.coordinator(), p.id(), RiskService.Filter.ACTIVE, new PageRequest(null, first.next(), 2));
        var cell = risks().list(w.coordinator(), p.id(), new RiskService.Filter(null, false, 3, 3), PageRequest.first(10));

        assertThat(first.items()).extracting(Risk::title).containsExactly("Risk 5", "Risk 4");
        assertThat(second.items()).extracting(Risk::title).containsExactly("Risk 3", "Risk 2");
        assertThat(cell.items()).extracting(Risk::title).containsExactly("Risk 3");
    }

    @Test
    void refusesATaskOfAnotherProgramAndAScaleOutOfRangeAndStoresNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Program other = programFixtures.program(w, "P1");
        Task foreign = programFixtures.task(w.coordinator(), other, "training");

        assertThatThrownBy(() -> risks().create(w.coordinator(), p.id(), risk("Foreign", 3, 3, null, List.of(foreign.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("risk.error.taskUnknown"));
        mvc.perform(post("/api/v1/programs/" + p.id() + "/risks").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Too likely\",\"probability\":6,\"impact\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("probability"));
        assertThat(jdbc.sql("select count(*) from program_risk where program_id = ?").param(p.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Risk r = risks().create(w.coordinator(), p.id(), risk("Data quality", 3, 4, null, List.of()));
        var edit = RiskForm.of(r);
        edit.setStatus(RiskStatus.MITIGATING);
        risks().update(w.coordinator(), p.id(), r.id(), edit);

        mvc.perform(put("/api/v1/programs/" + p.id() + "/risks/" + r.id()).with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Late\",\"probability\":1,\"impact\":1,\"status\":\"CLOSED\",\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(risks().get(w.coordinator(), p.id(), r.id()).status()).isEqualTo(RiskStatus.MITIGATING);
    }

    @Test
    void theRisksTabShowsTheHeatMapAndTheRegisterAndAddsARisk() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        mvc.perform(post("/programs/" + p.id() + "/risks").with(as(w.coordinator())).with(csrf())
                        .param("title", "Key users leave").param("probability", "2").param("impact", "4")
                        .param("mitigation", "Two key users per station").param("taskIds", String.valueOf(training.id())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/programs/" + p.id() + "/risks").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-cells=\"[[2,4,1]]\"")))
                .andExpect(content().string(Matchers.containsString("Key users leave")))
                .andExpect(content().string(Matchers.containsString("/vendor/echarts/echarts.min.js")));
    }
}
