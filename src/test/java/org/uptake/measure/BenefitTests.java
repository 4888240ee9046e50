package org.uptake.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.measure.benefit.Benefit;
import org.uptake.measure.benefit.BenefitForm;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.measure.benefit.BenefitStatus;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramTeamService;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.MeasureFixtures;
import org.uptake.support.IntegrationTest;

/** The benefits register: owner, linked KPIs, expected value, dates, status, realisation curve; the line owner keeps it after handover. */
class BenefitTests extends IntegrationTest {

    private MeasureFixtures measure;

    @BeforeEach
    void measure() {
        measure = new MeasureFixtures(fixtures);
    }

    private BenefitService benefits() {
        return fixtures.bean(BenefitService.class);
    }

    private static BenefitForm form(String title, List<Long> kpis) {
        var f = new BenefitForm();
        f.setTitle(title);
        f.setExpectedValue(new BigDecimal("1200000"));
        f.setUnitOfMeasure("RUB");
        f.setRealisationStart(LocalDate.of(2025, 1, 1));
        f.setRealisationDue(LocalDate.of(2025, 12, 31));
        f.setKpiIds(kpis);
        return f;
    }

    @Test
    void aBenefitIsLinkedToKpisAndItsRealisationCurveAddsUpWhatIsRealised() {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "BEN");
        Benefit b = benefits().create(w.coordinator(), w.program().id(), form("Higher sales through the CRM", List.of(kpi.id())));
        benefits().realise(w.coordinator(), w.program().id(), b.id(), LocalDate.of(2025, 2, 10), new BigDecimal("100000"), "Q1 deals");
        benefits().realise(w.coordinator(), w.program().id(), b.id(), LocalDate.of(2025, 3, 5), new BigDecimal("200000"), null);

        var curve = benefits().curve(w.coordinator(), w.program().id(), b.id());
        Benefit now = benefits().get(w.coordinator(), w.program().id(), b.id());

        assertThat(now.kpis()).extracting(Benefit.LinkedKpi::code).containsExactly(kpi.code());
        assertThat(now.realised()).isEqualByComparingTo("300000");
        assertThat(now.realisedPct()).isEqualByComparingTo("25.0");
        assertThat(curve.months()).hasSize(12).startsWith("2025-01");
        assertThat(curve.realised().subList(0, 3)).extracting(v -> v.stripTrailingZeros().toPlainString()).containsExactly("0", "100000", "300000");
        assertThat(curve.expected().getLast()).isEqualByComparingTo("1200000");
    }

    @Test
    void afterTheHandoverTheLineOwnerKeepsTheRegister() {
        var w = measure.world();
        Benefit b = benefits().create(w.coordinator(), w.program().id(), form("Fewer lost leads", List.of()));
        var lineOwner = fixtures.user(w.org().admin(), w.org().station().id(), Role.EMPLOYEE);
        fixtures.bean(ProgramTeamService.class).addMember(w.coordinator(), w.program().id(), lineOwner.personId(), ProgramRole.LINE_OWNER);
        var edit = BenefitForm.of(b);
        edit.setOwnerPersonId(lineOwner.personId());

        assertThatThrownBy(() -> benefits().update(lineOwner, w.program().id(), b.id(), edit)).isInstanceOf(ForbiddenException.class);
        var programs = fixtures.bean(ProgramService.class);
        for (int i = 0; i < 3; i++) {
            programs.advance(w.coordinator(), w.program().id(), programs.find(w.coordinator(), w.program().id()).version());
        }
        edit.setStatus(BenefitStatus.REALISING);
        Benefit handed = benefits().update(lineOwner, w.program().id(), b.id(), edit);

        assertThat(handed.ownerPersonId()).isEqualTo(lineOwner.personId());
        assertThat(handed.status()).isEqualTo(BenefitStatus.REALISING);
    }

    @Test
    void refusesAKpiOfAnotherProgramDatesOutOfOrderAndARealisationInTheFutureAndChangesNothing() {
        var w = measure.world();
        var other = measure.world();
        Kpi foreign = measure.kpi(other, "FOREIGN");
        var bad = form("Bad", List.of(foreign.id()));
        bad.setRealisationDue(LocalDate.of(2024, 1, 1));

        assertThatThrownBy(() -> benefits().create(w.coordinator(), w.program().id(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.code())
                        .contains("benefit.error.kpi", "benefit.error.dates"));
        Benefit b = benefits().create(w.coordinator(), w.program().id(), form("Good", List.of()));
        assertThatThrownBy(() -> benefits().realise(w.coordinator(), w.program().id(), b.id(), LocalDate.now().plusDays(3), BigDecimal.TEN, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(benefits().get(w.coordinator(), w.program().id(), b.id()).realised()).isEqualByComparingTo("0");
        assertThat(jdbc.sql("select count(*) from benefit where program_id = ?").param(w.program().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleEditIsAConflictAndTheRegisterPageShowsTheBenefit() throws Exception {
        var w = measure.world();
        Benefit b = benefits().create(w.coordinator(), w.program().id(), form("Faster order handling", List.of()));
        var edit = BenefitForm.of(b);
        edit.setTitle("Faster order handling, renamed");
        benefits().update(w.coordinator(), w.program().id(), b.id(), edit);

        mvc.perform(put("/api/v1/programs/" + w.program().id() + "/benefits/" + b.id()).with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Late\",\"expectedValue\":5,\"unitOfMeasure\":\"h\",\"realisationStart\":\"2025-01-01\","
                                + "\"realisationDue\":\"2025-06-01\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/programs/" + w.program().id() + "/benefits").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Faster order handling, renamed")));
        mvc.perform(get("/programs/" + w.program().id() + "/benefits/" + b.id()).with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-chart=\"lines\"")));
    }
}
