package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.uptake.shared.Actor;
import org.uptake.support.ProgramTest;

/** Playbook files from outside are read strictly: hostile or broken ones are refused with a clear reason, and nothing is stored. */
class PlaybookFormatTests extends ProgramTest {

    static final String VALID = """
            {"format": 1, "code": "%s", "name": {"en": "Imported"},
             "stages": [{"key": "one", "name": {"en": "One"}, "steps": [
               {"key": "a", "name": {"en": "A"}, "durationDays": 2},
               {"key": "b", "name": {"en": "B"}, "durationDays": 3, "repeat": "per_wave", "offsetDays": -14}]}]}""";

    private long playbooksOf(Actor admin) {
        return jdbc.sql("select count(*) + coalesce(sum(latest_version), 0) from playbook where organization_id = ?")
                .param(admin.organizationId()).query(Long.class).single();
    }

    static Stream<Arguments> hostileFiles() {
        String deep = "{\"format\":1,\"code\":\"D\",\"name\":" + "{\"en\":".repeat(40) + "\"x\"" + "}".repeat(40) + "}";
        String cycle = """
                {"format":1,"code":"C","name":{"en":"C"},"stages":[{"key":"s","name":{"en":"S"},"steps":[
                 {"key":"a","name":{"en":"A"},"durationDays":1,"after":["b"]},{"key":"b","name":{"en":"B"},"durationDays":1}]}]}""";
        return Stream.of(
                Arguments.of("unknown field", VALID.formatted("U").replace("\"durationDays\": 2", "\"durationDays\": 2, \"colour\": \"red\""),
                        "playbook.error.unknownField"),
                Arguments.of("deep nesting", deep, "playbook.error.tooComplex"),
                Arguments.of("not JSON", "{\"format\": 1, \"code\": ", "playbook.error.notJson"),
                Arguments.of("duplicate key", "{\"format\":1,\"format\":1}", "playbook.error.notJson"),
                Arguments.of("wrong type", VALID.formatted("T").replace("\"durationDays\": 2", "\"durationDays\": \"two\""),
                        "playbook.error.wrongType"),
                Arguments.of("bad reference", VALID.formatted("R").replace("\"durationDays\": 3,", "\"durationDays\": 3, \"after\": [\"zzz\"],"),
                        "playbook.error.unknownStep"),
                Arguments.of("cycle", cycle, "playbook.error.cycle"),
                Arguments.of("two playbooks in one file", VALID.formatted("W") + VALID.formatted("W2"), "playbook.error.trailing"),
                Arguments.of("no English", VALID.formatted("E").replace("{\"en\": \"Imported\"}", "{\"ru\": \"Импорт\"}"),
                        "playbook.error.englishMissing"),
                Arguments.of("negative duration", VALID.formatted("N").replace("\"durationDays\": 2", "\"durationDays\": -2"),
                        "playbook.error.duration"),
                Arguments.of("repeat without offset", VALID.formatted("O").replace(", \"offsetDays\": -14", ""),
                        "playbook.error.offsetMissing"),
                Arguments.of("script in a seed reference", VALID.formatted("S").replace("\"durationDays\": 2",
                        "\"durationDays\": 2, \"seedRef\": \"<script>\""), "playbook.error.seedRef"));
    }

    @ParameterizedTest(name = "refuses a file with {0} and stores nothing")
    @MethodSource("hostileFiles")
    void refusesAHostileFileAndStoresNothing(String what, String file, String code) throws Exception {
        Actor admin = fixtures.newOrganization();
        long before = playbooksOf(admin);
        mvc.perform(post("/api/v1/playbooks/import").with(bearer(fixtures.token(admin))).contentType(MediaType.APPLICATION_JSON)
                        .content(file))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(Matchers.hasItem(code)));
        assertThat(playbooksOf(admin)).isEqualTo(before);
    }

    @Test
    void refusesAFileOfOneMegabyteAndMoreEvenATenMegabyteOneUnread() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        long before = playbooksOf(admin);
        for (int size : new int[]{1_048_577, 10 * 1_048_576}) {
            byte[] big = ("{\"format\":1,\"code\":\"B\",\"name\":{\"en\":\"" + "x".repeat(size) + "\"}}").getBytes(StandardCharsets.UTF_8);
            mvc.perform(post("/api/v1/playbooks/import").with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(big))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].code").value("playbook.error.tooLarge"));
        }
        mvc.perform(multipart("/playbooks/import").file(new MockMultipartFile("file", "big.json", "application/json",
                        new byte[2 * 1_048_576])).with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("too large")));
        assertThat(playbooksOf(admin)).isEqualTo(before);
    }

    @Test
    void importsAValidFileAndItsSecondImportBecomesTheNextVersion() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        mvc.perform(post("/api/v1/playbooks/import").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted("MINE")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.latestVersion").value(1))
                .andExpect(jsonPath("$.builtIn").value(false));
        mvc.perform(post("/api/v1/playbooks/import").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted("MINE").replace("\"A\"", "\"A, reworded\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.latestVersion").value(2));
    }

    @Test
    void anExportedPlaybookImportsBackUnchanged() throws Exception {
        var w = programFixtures.world();
        String token = fixtures.token(w.admin());
        long p1 = programFixtures.builtIn(w.admin(), "P1").id();
        String exported = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/playbooks/" + p1 + "/export").with(bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/playbooks/import").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(exported.replace("\"code\" : \"P1\"", "\"code\" : \"P1-mine\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("P1-mine"));
    }
}
