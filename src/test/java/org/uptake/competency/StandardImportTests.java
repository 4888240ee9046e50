package org.uptake.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.uptake.competency.standard.Standard;
import org.uptake.competency.standard.StandardFunction;
import org.uptake.competency.standard.StandardService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.IntegrationTest;

/** Importing professional standards from Uptake's CSV and XML formats, and refusing hostile or broken files whole. */
class StandardImportTests extends IntegrationTest {

    private Actor admin;
    private StandardService standards;

    @BeforeEach
    void organisation() {
        admin = fixtures.newOrganization();
        standards = fixtures.bean(StandardService.class);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws Exception {
        try (var in = StandardImportTests.class.getResourceAsStream("/standards/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int stored() {
        return jdbc.sql("select count(*) from professional_standard where organization_id = ?").param(admin.organizationId())
                .query(Integer.class).single()
                + jdbc.sql("select count(*) from standard_function where organization_id = ?").param(admin.organizationId())
                .query(Integer.class).single();
    }

    private void refused(byte[] file, String code) {
        assertThatThrownBy(() -> standards.importFile(admin, file)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().getFirst().code()).isEqualTo(code));
        assertThat(stored()).isZero();
    }

    @Test
    void importsTheFictionalSampleWithItsFunctionTreeAndLevels() {
        Standard s = standards.importSample(admin);

        assertThat(s.fictional()).isTrue();
        assertThat(s.name()).contains("FICTIONAL");
        assertThat(s.jobTitles()).contains("Service adviser");
        var functions = standards.functions(admin, s.id());
        assertThat(functions).extracting(StandardFunction::code).containsExactly("A", "A/01.4", "A/02.4", "B", "B/01.5", "B/02.5");
        StandardFunction receiving = functions.get(1);
        assertThat(receiving.parentId()).isEqualTo(functions.getFirst().id());
        assertThat(receiving.qualificationLevel()).isEqualTo(4);
        assertThat(receiving.actions()).hasSize(3);
        assertThat(receiving.skills()).contains("Working in the dealer management system");
        assertThat(receiving.knowledge()).contains("Vehicle design basics");
    }

    @Test
    void importsTheCsvForm() throws Exception {
        Standard s = standards.importFile(admin, bytes(resource("fictional-sample-standard.csv")));

        assertThat(s.importedFrom()).isEqualTo("CSV");
        assertThat(s.code()).isEqualTo("FICT-33.902");
        assertThat(standards.functions(admin, s.id())).extracting(StandardFunction::code).containsExactly("A", "A/01.4", "A/02.4");
        assertThat(standards.functions(admin, s.id()).get(1).actions()).hasSize(2);
    }

    @Test
    void refusesXmlExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE professional-standard [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <professional-standard code="X"><name>&xxe;</name></professional-standard>""";
        refused(bytes(xxe), "standards.error.doctype");
    }

    @Test
    void refusesAnEntityExpansionBomb() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]>\n<professional-standard code=\"B\"><name>&lol9;</name></professional-standard>");
        refused(bytes(bomb.toString()), "standards.error.doctype");
    }

    @Test
    void refusesAFiftyMegabyteFile() {
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        refused(huge, "standards.error.tooLarge");
    }

    /** Through the real server: the upload limit stops the request before it is read whole. */
    @Test
    void refusesAFiftyMegabyteUploadOverTheApi() throws Exception {
        byte[] head = bytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n");
        byte[] body = new byte[50 * 1024 * 1024];
        System.arraycopy(head, 0, body, 0, head.length);
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/standards"))
                .header("Authorization", "Bearer " + fixtures.token(admin, "read", "write"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("error.tooLarge");
        assertThat(stored()).isZero();
    }

    @Test
    void refusesMalformedXmlWithItsLine() {
        refused(bytes("<professional-standard code=\"X\">\n<name>Broken</nam>\n</professional-standard>"), "standards.error.malformedXml");
        refused(bytes("<other/>"), "standards.error.xmlRoot");
        refused(bytes("<professional-standard code=\"X\"><name>N</name><activity-goal>G</activity-goal>"
                + "<generalised-function code=\"A\" level=\"12\" name=\"A\"/></professional-standard>"), "standards.error.level");
    }

    @Test
    void refusesMalformedCsv() {
        refused(bytes("kind,code\nSTANDARD,X"), "standards.error.csvHeader");
        refused(bytes("record,code,parent,level,text\nSTANDARD,X,,,Name\nGOAL,,,,Goal\nFUNCTION,A/01,A,4,Orphan"),
                "standards.error.parent");
        refused(bytes("record,code,parent,level,text\nSTANDARD,X,,,\"unterminated"), "standards.error.malformedCsv");
        refused(bytes("record,code,parent,level,text\nSTANDARD,X,,,Name\nGOAL,,,,Goal\nGENERALISED,A,,4,Alone"),
                "standards.error.emptyGeneralised");
    }

    @Test
    void refusesASecondStandardWithTheSameCode() {
        standards.importSample(admin);
        int before = stored();
        assertThatThrownBy(() -> standards.importFile(admin, StandardService.sampleBytes()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesAStaleDelete() {
        Standard s = standards.importSample(admin);
        assertThatThrownBy(() -> standards.delete(admin, s.id(), s.version() + 1)).isInstanceOf(StaleVersionException.class);
        assertThat(standards.get(admin, s.id())).isNotNull();
    }

    @Test
    void answersABadFileOverTheApiWithProblemJson() throws Exception {
        mvc.perform(multipart("/api/v1/standards").file(new MockMultipartFile("file", "x.xml", "text/xml",
                        bytes("<!DOCTYPE a [<!ENTITY b SYSTEM \"http://example.com/\">]><professional-standard/>"))).with(bearer(fixtures.token(admin, "read", "write"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("standards.error.doctype"));
        assertThat(stored()).isZero();
    }
}
