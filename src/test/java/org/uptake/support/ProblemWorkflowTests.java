package org.uptake.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.SupportFixtures.Desk;
import org.uptake.support.sla.ProblemSeverity;

class ProblemWorkflowTests extends SupportTest {

    private Problem triaged(Desk d, ProblemSeverity severity) {
        Problem p = support.report(d.employee(), ProblemType.TECHNICAL_ERROR, severity, "Scanner does not connect");
        TriageForm f = TriageForm.of(p);
        f.setOwnerPersonId(d.world().it().id());
        return support.problems().triage(d.coordinator(), p.id(), f);
    }

    private Problem move(Desk d, long id, ProblemStatus to, String text) {
        return support.workflow().move(d.coordinator(), id, new StatusForm(to, text, support.reload(d.coordinator(), id).version()));
    }

    @Test
    void theSlaClockStopsWhileWaitingForTheReporterAndTheirAnswerRestartsIt() {
        Desk d = support.desk();
        Problem p = triaged(d, ProblemSeverity.HIGH);
        Problem waiting = move(d, p.id(), ProblemStatus.WAITING_FOR_REPORTER, "Which scanner model?");
        assertThat(waiting.pausedAt()).isNotNull();
        jdbc.sql("update problem set paused_at = paused_at - interval '90 minutes' where id = ?").param(p.id()).update();

        Problem answered = support.workflow().comment(d.employee(), p.id(), new NoteForm("The Zebra DS2208."));

        assertThat(answered.status()).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(answered.pausedAt()).isNull();
        assertThat(answered.pausedMinutes()).isBetween(90, 92);
        assertThat(Duration.between(p.slaDueAt(), answered.slaDueAt()).toMinutes()).isBetween(90L, 92L);
        assertThat(support.problems().view(d.coordinator(), p.id()).notes()).extracting(ProblemNote::kind)
                .containsExactly("QUESTION", "REPLY");
        String question = TestMail.body(TestMail.awaitFor(emailOf(d.employee().personId())).getLast());
        assertThat(question).contains("Which scanner model?");
    }

    @Test
    void aWaitingProblemIsNeverPastItsSlaAndTheOverdueFilterLeavesItOut() {
        Desk d = support.desk();
        Problem p = triaged(d, ProblemSeverity.CRITICAL);
        move(d, p.id(), ProblemStatus.WAITING_FOR_REPORTER, "Screenshot please");
        jdbc.sql("update problem set sla_due_at = now() - interval '1 hour' where id = ?").param(p.id()).update();

        assertThat(support.reload(d.coordinator(), p.id()).breached(java.time.Instant.now())).isFalse();
        assertThat(support.problems().list(d.coordinator(),
                new ProblemFilter(null, null, null, null, null, null, false, false, true),
                org.uptake.shared.paging.PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void resolvingNeedsAResolutionAndAnImpossibleStepIsRefusedWithoutChangingAnything() {
        Desk d = support.desk();
        Problem p = triaged(d, ProblemSeverity.LOW);

        assertThat(refusal(() -> move(d, p.id(), ProblemStatus.RESOLVED, "  "))).isEqualTo("support.error.resolutionRequired");
        assertThat(refusal(() -> move(d, p.id(), ProblemStatus.CLOSED, null))).isEqualTo("support.error.transition");
        assertThat(refusal(() -> move(d, p.id(), ProblemStatus.WAITING_FOR_REPORTER, null))).isEqualTo("support.error.questionRequired");
        Problem now = support.reload(d.coordinator(), p.id());
        assertThat(now.status()).isEqualTo(ProblemStatus.NEW);
        assertThat(now.version()).isEqualTo(p.version());
    }

    @Test
    void theReporterConfirmsOrReopensAResolutionButCannotWorkTheProblem() {
        Desk d = support.desk();
        Problem p = triaged(d, ProblemSeverity.MEDIUM);
        assertThatThrownBy(() -> support.workflow().move(d.employee(), p.id(),
                new StatusForm(ProblemStatus.RESOLVED, "fixed myself", p.version()))).isInstanceOf(ForbiddenException.class);
        Problem resolved = move(d, p.id(), ProblemStatus.RESOLVED, "Driver updated.");
        assertThat(TestMail.body(TestMail.awaitFor(emailOf(d.employee().personId())).getLast())).contains("Driver updated.");

        Problem reopened = support.workflow().move(d.employee(), p.id(),
                new StatusForm(ProblemStatus.IN_PROGRESS, "Still fails after restart", resolved.version()));
        assertThat(reopened.status()).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(reopened.resolution()).isNull();
        Problem again = move(d, p.id(), ProblemStatus.RESOLVED, "Cable replaced.");
        Problem closed = support.workflow().move(d.employee(), p.id(), new StatusForm(ProblemStatus.CLOSED, null, again.version()));

        assertThat(closed.status()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(refusal(() -> support.workflow().comment(d.employee(), p.id(), new NoteForm("late"))))
                .isEqualTo("support.error.finished");
    }

    @Test
    void aStaleVersionIsAConflictInTheServiceAnd409InTheApi() throws Exception {
        Desk d = support.desk();
        Problem p = triaged(d, ProblemSeverity.LOW);
        move(d, p.id(), ProblemStatus.IN_PROGRESS, null);

        assertThatThrownBy(() -> support.workflow().move(d.coordinator(), p.id(),
                new StatusForm(ProblemStatus.RESOLVED, "x", p.version()))).isInstanceOf(StaleVersionException.class);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/problems/" + p.id())
                        .header("Authorization", "Bearer " + fixtures.token(d.coordinator(), "read", "write"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"QUESTION\",\"severity\":\"LOW\",\"title\":\"t\",\"version\":" + p.version() + "}"))
                .andExpect(status().isConflict());
        assertThat(support.reload(d.coordinator(), p.id()).type()).isEqualTo(ProblemType.TECHNICAL_ERROR);
    }

    @Test
    void triageReTimesTheSlaFromTheReportAndTellsTheNewOwner() throws Exception {
        Desk d = support.desk();
        Problem p = support.report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.LOW, "Slow screen");
        TriageForm f = TriageForm.of(p);
        f.setSeverity(ProblemSeverity.CRITICAL);
        f.setOwnerPersonId(d.world().it().id());

        Problem after = support.problems().triage(d.coordinator(), p.id(), f);

        assertThat(after.slaHours()).isEqualTo(8);
        assertThat(Duration.between(after.createdAt(), after.slaDueAt())).isEqualTo(Duration.ofHours(8));
        assertThat(awaitSubject(d.world().it().email(), "#" + p.id())).contains("is yours");
    }

    @Test
    void triageRefusesAnUnknownOwnerTaskOrFindingAndChangesNothing() {
        Desk d = support.desk();
        Problem p = support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "Q");
        TriageForm owner = TriageForm.of(p);
        owner.setOwnerPersonId(support.desk().employee().personId());
        TriageForm task = TriageForm.of(p);
        task.setTaskId(999_999_999L);
        TriageForm finding = TriageForm.of(p);
        finding.setFindingId(999_999_999L);
        TriageForm noProgram = TriageForm.of(p);
        noProgram.setProgramId(null);
        noProgram.setTaskId(1L);

        assertThat(refusal(() -> support.problems().triage(d.coordinator(), p.id(), owner))).isEqualTo("support.error.ownerUnknown");
        assertThat(refusal(() -> support.problems().triage(d.coordinator(), p.id(), task))).isEqualTo("support.error.taskUnknown");
        assertThat(refusal(() -> support.problems().triage(d.coordinator(), p.id(), finding))).isEqualTo("support.error.findingUnknown");
        assertThat(refusal(() -> support.problems().triage(d.coordinator(), p.id(), noProgram))).isEqualTo("support.error.linkNeedsProgram");
        assertThat(support.reload(d.coordinator(), p.id()).version()).isEqualTo(p.version());
        assertThatThrownBy(() -> support.problems().triage(d.employee(), p.id(), TriageForm.of(p))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void triageLinksAPlanTaskOfTheProgram() {
        Desk d = support.desk();
        Problem p = support.report(d.employee(), ProblemType.INTEGRATION_FAILURE, ProblemSeverity.HIGH, "Orders stuck");
        long taskId = new ProgramFixtures(fixtures).task(d.coordinator(), d.program(), "planning").id();
        TriageForm f = TriageForm.of(p);
        f.setTaskId(taskId);

        assertThat(support.problems().triage(d.coordinator(), p.id(), f).taskId()).isEqualTo(taskId);
    }

    @Test
    void mergingADuplicateMakesItFollowTheOriginalAndResolvesItWithIt() {
        Desk d = support.desk();
        Problem original = triaged(d, ProblemSeverity.MEDIUM);
        Problem duplicate = support.report(d.head(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.MEDIUM, "Scanner again");

        Problem merged = support.workflow().merge(d.coordinator(), duplicate.id(), new MergeForm(original.id(), duplicate.version()));
        assertThat(merged.status()).isEqualTo(ProblemStatus.DUPLICATE);
        assertThat(merged.duplicateOfId()).isEqualTo(original.id());
        assertThat(support.problems().view(d.coordinator(), original.id()).duplicates()).containsExactly(duplicate.id());
        move(d, original.id(), ProblemStatus.RESOLVED, "Firmware updated on all scanners.");

        Problem after = support.reload(d.coordinator(), duplicate.id());
        assertThat(after.resolution()).isEqualTo("Firmware updated on all scanners.");
        assertThat(after.resolvedAt()).isNotNull();
        assertThat(TestMail.body(TestMail.awaitFor(emailOf(d.head().personId())).getLast())).contains("Firmware updated");
    }

    @Test
    void mergingIntoItselfANonexistentProblemOrADuplicateIsRefused() {
        Desk d = support.desk();
        Problem a = support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "A");
        Problem b = support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "B");
        Problem c = support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "C");
        Problem foreign = support.report(support.desk().employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "F");
        support.workflow().merge(d.coordinator(), b.id(), new MergeForm(a.id(), b.version()));

        assertThat(refusal(() -> support.workflow().merge(d.coordinator(), c.id(), new MergeForm(c.id(), c.version()))))
                .isEqualTo("support.error.mergeSelf");
        assertThat(refusal(() -> support.workflow().merge(d.coordinator(), c.id(), new MergeForm(foreign.id(), c.version()))))
                .isEqualTo("support.error.mergeUnknown");
        assertThat(refusal(() -> support.workflow().merge(d.coordinator(), c.id(), new MergeForm(b.id(), c.version()))))
                .isEqualTo("support.error.mergeIntoDuplicate");
        assertThat(support.reload(d.coordinator(), c.id()).status()).isEqualTo(ProblemStatus.NEW);
    }

    @Test
    void attachmentsAreStoredAndServedAsDownloadsAndBadFilesAreRefused() throws Exception {
        Desk d = support.desk();
        Problem p = support.report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.LOW, "Screenshot attached");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        ProblemAttachment a = support.workflow().attach(d.employee(), p.id(), "../screen.png", "image/png", png);
        ProblemWorkflow.Download got = support.workflow().download(d.coordinator(), p.id(), a.id());

        assertThat(a.name()).isEqualTo("screen.png");
        assertThat(got.content()).isEqualTo(png);
        assertThat(refusal(() -> support.workflow().attach(d.employee(), p.id(), "x.exe", "application/x-msdownload", png)))
                .isEqualTo("file.error.type");
        assertThat(refusal(() -> support.workflow().attach(d.employee(), p.id(), "big.png", "image/png",
                new byte[(int) ProblemWorkflow.MAX_ATTACHMENT_BYTES + 1]))).isEqualTo("file.error.tooLarge");
        assertThat(refusal(() -> support.workflow().attach(d.employee(), p.id(), "empty.png", "image/png", new byte[0])))
                .isEqualTo("support.error.fileEmpty");
        assertThatThrownBy(() -> support.workflow().attach(d.otherHead(), p.id(), "y.png", "image/png", png))
                .isInstanceOf(ForbiddenException.class);
        assertThat(support.problems().view(d.coordinator(), p.id()).attachments()).hasSize(1);
        mvc.perform(multipart("/api/v1/problems/" + p.id() + "/attachments")
                        .file(new MockMultipartFile("file", "note.txt", "text/plain", "hello".getBytes()))
                        .header("Authorization", "Bearer " + fixtures.token(d.employee(), "read", "write")))
                .andExpect(status().isCreated());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/problems/" + p.id() + "/attachments/" + a.id())
                        .header("Authorization", "Bearer " + fixtures.token(d.coordinator(), "read")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
    }

    @Test
    void aPageActionThatIsRefusedShowsTheReasonOnTheProblemsPage() throws Exception {
        Desk d = support.desk();
        Problem p = triaged(d, ProblemSeverity.LOW);

        String html = mvc.perform(post("/problems/" + p.id() + "/status").with(Fixtures.as(d.coordinator()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("status", "RESOLVED").param("text", "").param("version", String.valueOf(p.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Describe the resolution.");
        assertThat(support.reload(d.coordinator(), p.id()).status()).isEqualTo(ProblemStatus.NEW);
    }

    /** The subject of the recipient's message that contains the fragment, once it arrives (other mail may come first). */
    private static String awaitSubject(String recipient, String fragment) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (var m : TestMail.awaitFor(recipient)) {
                if (m.getSubject().contains(fragment)) {
                    return m.getSubject();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail about " + fragment + " for " + recipient);
    }

    private String emailOf(long personId) {
        return jdbc.sql("select email from person where id = ?").param(personId).query(String.class).single();
    }
}
