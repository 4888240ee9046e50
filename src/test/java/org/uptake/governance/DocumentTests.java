package org.uptake.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.uptake.governance.document.DocumentInstance;
import org.uptake.governance.document.DocumentStatus;
import org.uptake.governance.group.TieRule;
import org.uptake.shared.Actor;
import org.uptake.support.Fixtures;
import org.uptake.support.GovernanceFixtures;
import org.uptake.support.GovernanceFixtures.Committee;
import org.uptake.support.IntegrationTest;

class DocumentTests extends IntegrationTest {

    private GovernanceFixtures governance() {
        return new GovernanceFixtures(fixtures);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor api(Actor actor) {
        return Fixtures.bearer(fixtures.token(actor, "read", "write"));
    }

    private static String template(String body) {
        return "{\"code\":\"own-" + Fixtures.next() + "\",\"kind\":\"ORDER\",\"language\":\"en\",\"jurisdiction\":\"RU\","
                + "\"title\":\"Own order\",\"body\":\"" + body.replace("\"", "'") + "\",\"version\":0}";
    }

    @Test
    void theSeedsTemplatesShipBuiltInInRussianAndEnglish() {
        Actor admin = fixtures.newOrganization();
        for (String code : new String[]{"wg-order", "wg-regulation", "action-plan", "minutes", "standard-order", "attestation-order"}) {
            assertThat(governance().builtIn(admin, code, "ru").jurisdiction()).isEqualTo("RU");
            assertThat(governance().builtIn(admin, code, "en").title()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>{{organisation.name}}</p>", "<p>{{ field.city }} {{nonsense}}</p>", "<script>alert(1)</script>",
            "<p onclick='x()'>Hi</p>", "<p><img src='x'/></p>", "<p>unclosed", "<ul><li data-each='spies'>x</li></ul>",
            "<p style='color:red'>x</p>"})
    void refusesTemplatesWithUnknownPlaceholdersOrScriptContentAndSavesNothing(String body) throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(post("/api/v1/document-templates").with(api(admin)).contentType(MediaType.APPLICATION_JSON).content(template(body)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value(org.hamcrest.Matchers.startsWith("markup.error.")));
        assertThat(jdbc.sql("select count(*) from document_template where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void adminsSaveTemplateVersionsAndAStaleSaveIsAConflict() throws Exception {
        Actor admin = fixtures.newOrganization();
        String created = mvc.perform(post("/api/v1/document-templates").with(api(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(template("<h1>Order</h1><p>{{organization.name}}</p>")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String update = template("<h1>Order v2</h1>").replaceAll("\"code\":\"[^\"]+\"", "\"code\":\"x\"");
        mvc.perform(put("/api/v1/document-templates/" + id).with(api(admin)).contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk()).andExpect(jsonPath("$.currentVersion").value(2));
        mvc.perform(put("/api/v1/document-templates/" + id).with(api(admin)).contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isConflict());
        Actor coordinator = fixtures.user(admin, null, org.uptake.shared.Role.COORDINATOR);
        mvc.perform(put("/api/v1/document-templates/" + id).with(api(coordinator)).contentType(MediaType.APPLICATION_JSON)
                .content(update.replace("\"version\":0", "\"version\":1"))).andExpect(status().isForbidden());
    }

    @Test
    void theOrderCreatingTheWorkingGroupGoesThroughItsLifecycleAndRendersToPdfAndDocx() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        DocumentInstance order = governance().orderInForce(c, "ПР-17");
        assertThat(order.status()).isEqualTo(DocumentStatus.IN_FORCE);
        assertThat(order.body()).contains("ПР-17").contains("Москва").contains(c.chair().displayName().isBlank() ? "" : "Председатель");

        byte[] pdf = mvc.perform(get("/api/v1/documents/" + order.id() + "/file?format=pdf").with(api(c.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Приказ о создании рабочей группы").contains("ПР-17").contains("приказываю");
        }
        byte[] docx = mvc.perform(get("/api/v1/documents/" + order.id() + "/file?format=docx").with(api(c.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Создать рабочую группу").contains("С приказом ознакомлены");
        }
    }

    @Test
    void refusesAMacroEnabledDocxAndAttachesNothing() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        DocumentInstance order = governance().orderInForce(c, "M-1");
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[]{1, 2, 3});
        }
        for (String name : new String[]{"signed.docx", "signed.docm"}) {
            mvc.perform(multipart("/api/v1/documents/" + order.id() + "/signed-copy").file(new MockMultipartFile("file", name,
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes.toByteArray()))
                            .param("version", String.valueOf(order.version())).with(api(c.admin())))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("markup.error.macro"));
        }
        assertThat(governance().documents().get(c.admin(), order.id()).signedFileId()).isNull();
    }

    @Test
    void everyoneSeesTheDocumentsAddressedToThemAndNoOthers() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        DocumentInstance order = governance().orderInForce(c, "A-1");
        mvc.perform(get("/api/v1/documents/" + order.id()).with(api(c.member()))).andExpect(status().isNotFound());
        governance().sendToGroup(c, order);
        mvc.perform(get("/api/v1/documents/" + order.id()).with(api(c.member()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents").with(api(c.member()))).andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/documents/" + order.id()).with(api(c.outsider()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents").with(api(c.outsider()))).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/documents/" + order.id()).with(api(fixtures.newOrganization()))).andExpect(status().isNotFound());
    }

    @Test
    void lifecycleStepsOutOfOrderAreRefusedAndChangeNothing() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        DocumentInstance order = governance().orderInForce(c, "S-1");
        mvc.perform(post("/api/v1/documents/" + order.id() + "/register").with(api(c.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"S-2\",\"version\":" + order.version() + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("governance.error.wrongStatus"));
        mvc.perform(post("/api/v1/documents/" + order.id() + "/revise").with(api(c.admin())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + (order.version() - 1) + "}")).andExpect(status().isConflict());
        assertThat(governance().documents().get(c.admin(), order.id()).regNumber()).isEqualTo("S-1");
    }
}
