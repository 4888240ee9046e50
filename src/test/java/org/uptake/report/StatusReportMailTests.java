package org.uptake.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.uptake.report.status.StatusReport;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ReportFixtures;
import org.uptake.support.SupportFixtures;
import org.uptake.support.TestMail;

/** Subscribers get each new report by e-mail with the PDF attached; people who unsubscribed do not. */
class StatusReportMailTests extends IntegrationTest {

    @Test
    void aSubscriberReceivesTheReportWithThePdfAttached() throws Exception {
        var f = new ReportFixtures(fixtures);
        SupportFixtures.Desk d = f.support().desk();
        Actor coordinator = d.coordinator();
        f.reports().subscribe(coordinator, d.program().id());

        StatusReport report = f.reports().generate(coordinator, d.program().id());

        String email = jdbc.sql("select p.email from person p where p.id = ?").param(coordinator.personId()).query(String.class).single();
        MimeMessage mail = ReportFixtures.reportMail(email);
        assertThat(mail.getSubject()).contains(d.program().name());
        byte[] pdf = ReportFixtures.pdfAttachment(mail);
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
        }
        assertThat(TestMail.body(mail)).contains("/programs/" + d.program().id() + "/reports/" + report.id());
    }

    @Test
    void anUnsubscribedReaderGetsNoMail() {
        var f = new ReportFixtures(fixtures);
        SupportFixtures.Desk d = f.support().desk();
        f.reports().subscribe(d.coordinator(), d.program().id());
        f.reports().unsubscribe(d.coordinator(), d.program().id());

        f.reports().generate(d.coordinator(), d.program().id());

        long queued = jdbc.sql("select count(*) from mail_outbox where organization_id = ? and attachment_name like 'status-report-%'")
                .param(d.coordinator().organizationId()).query(Long.class).single();
        assertThat(queued).isZero();
        assertThat(f.reports().subscribed(d.coordinator(), d.program().id())).isFalse();
    }
}
