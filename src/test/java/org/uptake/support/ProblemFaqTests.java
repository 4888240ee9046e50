package org.uptake.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.support.SupportFixtures.Desk;
import org.uptake.support.faq.FaqEntry;
import org.uptake.support.faq.FaqForm;
import org.uptake.support.faq.FaqService;
import org.uptake.support.sla.ProblemSeverity;

class ProblemFaqTests extends SupportTest {

    private FaqService faq() {
        return fixtures.bean(FaqService.class);
    }

    private static FaqForm entry(String q, String a) {
        var f = new FaqForm();
        f.setQuestion(q);
        f.setAnswer(a);
        return f;
    }

    private Problem resolved(Desk d, String title, String answer) {
        Problem p = support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, title);
        return support.workflow().move(d.coordinator(), p.id(), new StatusForm(ProblemStatus.RESOLVED, answer, p.version()));
    }

    @Test
    void aRecurringAnswerIsOfferedPromotedAndShownOnTheEmployeesHomePage() throws Exception {
        Desk d = support.desk();
        Problem original = resolved(d, "How do I print a work order?", "Print, then Work order (A4).");
        Problem again = support.report(d.head(), ProblemType.QUESTION, ProblemSeverity.LOW, "Printing?");
        support.workflow().merge(d.coordinator(), again.id(), new MergeForm(original.id(), again.version()));
        assertThat(faq().candidates(d.coordinator())).extracting("problemId").containsExactly(original.id());

        FaqEntry e = faq().promote(d.coordinator(), original.id(), entry("How do I print a work order?", "Print, then Work order (A4)."));

        assertThat(e.answered()).isEqualTo(2);
        assertThat(faq().candidates(d.coordinator())).isEmpty();
        assertThat(support.reload(d.coordinator(), again.id()).faqId()).isEqualTo(e.id());
        String home = mvc.perform(get("/").with(Fixtures.as(d.employee()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("data-testid=\"home-faq\"").contains("How do I print a work order?")
                .contains("data-testid=\"home-report-problem\"");
    }

    @Test
    void onlyAResolvedProblemIsPromotedOnceAndOnlyByACoordinator() {
        Desk d = support.desk();
        Problem open = support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "Open");
        Problem done = resolved(d, "Done", "Yes.");

        assertThat(refusal(() -> faq().promote(d.coordinator(), open.id(), entry("Q", "A")))).isEqualTo("support.error.promoteUnresolved");
        assertThatThrownBy(() -> faq().promote(d.employee(), done.id(), entry("Q", "A"))).isInstanceOf(ForbiddenException.class);
        faq().promote(d.coordinator(), done.id(), entry("Q", "A"));
        assertThat(refusal(() -> faq().promote(d.coordinator(), done.id(), entry("Q2", "A2")))).isEqualTo("support.error.alreadyFaq");
        assertThat(jdbc.sql("select count(*) from faq_entry where organization_id = ?").param(d.admin().organizationId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void draftsAreHiddenFromEmployees() {
        Desk d = support.desk();
        var draft = entry("Draft question", "Not yet");
        draft.setPublished(false);
        faq().create(d.coordinator(), draft);
        faq().create(d.coordinator(), entry("Published question", "Yes"));

        assertThat(faq().list(d.employee(), 50)).extracting(FaqEntry::question).containsExactly("Published question");
        assertThat(faq().list(d.coordinator(), 50)).hasSize(2);
    }
}
