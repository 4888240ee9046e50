package org.uptake.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.uptake.approval.SignOffStatus;
import org.uptake.report.closure.EvaluationForm;
import org.uptake.report.closure.EvaluationService;
import org.uptake.report.closure.FinalReport;
import org.uptake.report.closure.FinalReportForm;
import org.uptake.report.closure.FinalReportService;
import org.uptake.report.closure.FinalReportStatus;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.ClosureFixtures;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SignOffFixtures;

/** The final report: complete before it may be sent, frozen while it waits, immutable once the sponsors sign it. */
class FinalReportTests extends IntegrationTest {

    @Autowired
    FinalReportService reports;
    @Autowired
    EvaluationService evaluations;

    ClosureFixtures closure;

    @BeforeEach
    void fixtures() {
        closure = new ClosureFixtures(fixtures);
    }

    @Test
    void refusesToSendAnIncompleteReportAndSaysWhatIsMissing() {
        var w = closure.world();
        FinalReport draft = closure.writeSummary(w);

        assertThatThrownBy(() -> reports.sendForSignOff(w.coordinator(), w.id(), draft.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.code())
                        .containsExactlyInAnyOrder("finalReport.missing.goalResults", "finalReport.missing.wentWell",
                                "finalReport.missing.improvements", "finalReport.missing.interviews"));
        FinalReport after = reports.get(w.coordinator(), w.id());
        assertThat(after.status()).isEqualTo(FinalReportStatus.DRAFT);
        assertThat(after.signOffId()).isNull();
        assertThat(SignOffFixtures.of(fixtures).service().forSubject(w.coordinator(), FinalReportService.SUBJECT, w.id()).requests())
                .isEmpty();
    }

    @Test
    void sendingFreezesTheContentAndTheSponsorsSignatureMakesItImmutable() {
        var w = closure.world();
        closure.completeEvaluation(w);
        FinalReport draft = closure.writeSummary(w);

        FinalReport sent = reports.sendForSignOff(w.coordinator(), w.id(), draft.version());

        assertThat(sent.status()).isEqualTo(FinalReportStatus.IN_SIGN_OFF);
        assertThat(evaluations.view(w.coordinator(), w.id()).locked()).isTrue();
        assertThatThrownBy(() -> evaluations.update(w.coordinator(), w.id(), new EvaluationForm()))
                .isInstanceOf(InvalidInputException.class);
        SignOffFixtures.of(fixtures).approve(w.sponsor(), sent.signOffId());
        FinalReport signed = reports.get(w.coordinator(), w.id());
        assertThat(signed.status()).isEqualTo(FinalReportStatus.SIGNED);
        assertThat(signed.signedAt()).isNotNull();
        var change = FinalReportForm.of(signed);
        change.setSummary("Rewritten afterwards");
        assertThatThrownBy(() -> reports.update(w.coordinator(), w.id(), change)).isInstanceOf(InvalidInputException.class);
        var content = reports.content(w.coordinator(), w.id());
        assertThat(content.summary()).isEqualTo("The new booking system is in use at every station.");
        assertThat(content.goals()).singleElement().satisfies(g -> assertThat(g.evidence()).contains("12 stations"));
        assertThat(content.interviews()).hasSize(1);
    }

    @Test
    void aRejectionThawsTheReportForAnotherRound() {
        var w = closure.world();
        closure.completeEvaluation(w);
        FinalReport sent = reports.sendForSignOff(w.coordinator(), w.id(), closure.writeSummary(w).version());

        var decided = SignOffFixtures.of(fixtures).reject(w.sponsor(), sent.signOffId(), "Add the cost figures");

        assertThat(decided.status()).isEqualTo(SignOffStatus.REJECTED);
        FinalReport back = reports.get(w.coordinator(), w.id());
        assertThat(back.status()).isEqualTo(FinalReportStatus.DRAFT);
        assertThat(back.signOffId()).isNull();
        assertThat(evaluations.view(w.coordinator(), w.id()).locked()).isFalse();
    }

    @Test
    void refusesAStaleSummary() {
        var w = closure.world();
        closure.writeSummary(w);
        var stale = new FinalReportForm();
        stale.setSummary("Older edit");
        stale.setVersion(0);

        assertThatThrownBy(() -> reports.update(w.coordinator(), w.id(), stale)).isInstanceOf(StaleVersionException.class);
        assertThat(reports.get(w.coordinator(), w.id()).summary()).startsWith("The new booking system");
    }

    @Test
    void printsThePdfAndShowsThePage() throws Exception {
        var w = closure.world();
        closure.signFinalReport(w);

        byte[] pdf = mvc.perform(get("/programs/" + w.id() + "/final-report.pdf").with(as(w.coordinator())))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/programs/" + w.id() + "/final-report").with(as(w.lineOwner())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("12 stations")));
    }

    @Test
    void apiListsWhatIsMissingAs400() throws Exception {
        var w = closure.world();
        mvc.perform(post("/api/v1/programs/" + w.id() + "/final-report/sign-off").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/programs/" + w.id() + "/final-report").with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.status").value("DRAFT"))
                .andExpect(jsonPath("$.missing.length()").value(5));
    }
}
