package org.uptake.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.uptake.shared.Actor;
import org.uptake.support.ImportFiles;
import org.uptake.support.IntegrationTest;
import org.uptake.support.OrgState;

/** A 50 MB file over the 20 MB limit, sent over real HTTP: refused at the door with a clear message, nothing stored. */
class UploadLimitTests extends IntegrationTest {

    @Test
    void refusesAFiftyMegabyteFileWithProblemJsonAndStoresNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        OrgState before = OrgState.of(jdbc, admin.organizationId());
        String boundary = "----uptake" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(ImportFiles.oversized(50 * 1024 * 1024));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder()
                        .uri(URI.create(baseUrl() + "/api/v1/imports/people?dryRun=false"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        client.shutdownNow(); // the server stops reading at the limit; do not leave it waiting for the rest

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("The file is too large. The limit is 20 MB.");
        assertThat(OrgState.of(jdbc, admin.organizationId())).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from stored_file where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single()).isZero();
    }
}
