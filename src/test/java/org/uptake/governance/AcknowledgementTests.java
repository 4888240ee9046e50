package org.uptake.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.uptake.governance.acknowledgement.AcknowledgementMail;
import org.uptake.governance.acknowledgement.AcknowledgementService;
import org.uptake.governance.document.DocumentInstance;
import org.uptake.governance.document.DocumentLifecycle;
import org.uptake.governance.document.LifecycleForm;
import org.uptake.governance.group.TieRule;
import org.uptake.shared.Actor;
import org.uptake.support.Fixtures;
import org.uptake.support.GovernanceFixtures;
import org.uptake.support.GovernanceFixtures.Committee;
import org.uptake.support.IntegrationTest;

class AcknowledgementTests extends IntegrationTest {

    private GovernanceFixtures governance() {
        return new GovernanceFixtures(fixtures);
    }

    private AcknowledgementService acks() {
        return fixtures.bean(AcknowledgementService.class);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor api(Actor actor) {
        return Fixtures.bearer(fixtures.token(actor, "read", "write"));
    }

    @Test
    void everyMemberAcknowledgesTheOrderAndItLeavesTheirHomePage() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        DocumentInstance order = governance().orderInForce(c, "O-1");
        assertThat(governance().sendToGroup(c, order)).isEqualTo(4);
        assertThat(acks().pending(c.member(), 10)).extracting(p -> p.documentId()).containsExactly(order.id());

        for (Actor member : c.members()) {
            mvc.perform(post("/api/v1/documents/" + order.id() + "/acknowledge?revision=1").with(api(member)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.method").value("ONLINE"));
        }
        var counts = acks().counts(c.admin(), order.id());
        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.acknowledged()).isEqualTo(4);
        assertThat(acks().pending(c.member(), 10)).isEmpty();
    }

    @Test
    void aNewRevisionAsksAgainAndTheOutdatedOneIsRefused() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        DocumentInstance order = governance().orderInForce(c, "R-1");
        governance().sendToGroup(c, order);
        acks().acknowledge(c.member(), order.id(), 1);
        DocumentLifecycle lifecycle = fixtures.bean(DocumentLifecycle.class);
        DocumentInstance revised = lifecycle.revise(c.admin(), order.id(), new LifecycleForm(null, null, null, null, order.version()));
        DocumentInstance again = governance().inForce(c.admin(), revised, "R-1/2");
        assertThat(again.revision()).isEqualTo(2);

        mvc.perform(post("/api/v1/documents/" + order.id() + "/acknowledge?revision=1").with(api(c.member())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("governance.error.outdatedRevision"));
        assertThat(acks().mine(c.member(), order.id()).orElseThrow().acknowledged()).isFalse();
        assertThat(acks().counts(c.admin(), order.id()).total()).isEqualTo(4);
        assertThat(acks().pending(c.member(), 10)).extracting(p -> p.revision()).containsExactly(2);
    }

    @Test
    void aScannedPaperSheetAcknowledgesForSomeoneWithoutAnAccount() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        DocumentInstance order = governance().orderInForce(c, "P-1");
        var worker = fixtures.person(c.admin(), "Worker Without Account", null, null);
        acks().request(c.admin(), order.id(), new org.uptake.governance.acknowledgement.AcknowledgementRequest(
                List.of(worker.id()), null, null, null));
        byte[] scan = "%PDF-1.4 scanned sheet".getBytes();
        mvc.perform(multipart("/api/v1/documents/" + order.id() + "/acknowledgements/" + worker.id() + "/paper")
                        .file(new MockMultipartFile("file", "sheet.pdf", "application/pdf", scan)).with(api(c.admin())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.method").value("PAPER"));
        assertThat(acks().counts(c.admin(), order.id()).acknowledged()).isEqualTo(1);
    }

    @Test
    void requestsRemindersAndEscalationsGoOutByMailOnce() {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        DocumentInstance order = governance().orderInForce(c, "E-1");
        jdbc.sql("update person set email = 'p' || id || '@example.org' where organization_id = ?").param(c.admin().organizationId()).update();
        jdbc.sql("update person set manager_id = ? where id = ?").params(c.chair().personId(), c.member().personId()).update();
        governance().sendToGroup(c, order);
        AcknowledgementMail mail = fixtures.bean(AcknowledgementMail.class);
        mail.sendAll();
        assertThat(outbox(c, "Please read%")).isEqualTo(4);
        jdbc.sql("update acknowledgement set notified_at = now() - interval '10 days', due_on = current_date - 1 where document_id = ?")
                .param(order.id()).update();
        mail.sendAll();
        mail.sendAll();
        assertThat(outbox(c, "Reminder%")).isEqualTo(4);
        assertThat(outbox(c, "Not acknowledged%")).isEqualTo(1);
    }

    private long outbox(Committee c, String subject) {
        return jdbc.sql("select count(*) from mail_outbox where organization_id = ? and subject like ?")
                .params(c.admin().organizationId(), subject).query(Long.class).single();
    }
}
