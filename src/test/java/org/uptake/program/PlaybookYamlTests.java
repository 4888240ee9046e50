package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.mock.web.MockMultipartFile;
import org.uptake.program.playbook.Playbook;
import org.uptake.program.playbook.PlaybookFormat;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.shared.Actor;
import org.uptake.support.ProgramTest;

/** Playbooks are exported and imported as YAML too: the same fields, the same strictness, the same definition back. */
class PlaybookYamlTests extends ProgramTest {

    static final String VALID = """
            format: 1
            code: %s
            name: {en: Written by hand, ru: Написано вручную}
            stages:
              - key: one
                name: {en: One}
                steps:
                  - {key: a, name: {en: A}, durationDays: 2, seedRef: "000:5"}
                  - {key: b, name: {en: B}, durationDays: 3, repeat: per_wave, offsetDays: -14}
            """;

    private long playbooksOf(Actor admin) {
        return jdbc.sql("select count(*) + coalesce(sum(latest_version), 0) from playbook where organization_id = ?")
                .param(admin.organizationId()).query(Long.class).single();
    }

    @Test
    void aPlaybookExportedAsYamlImportsBackAsTheSameDefinition() throws Exception {
        var w = programFixtures.world();
        String token = fixtures.token(w.admin());
        PlaybookService playbooks = fixtures.bean(PlaybookService.class);
        long p2 = programFixtures.builtIn(w.admin(), "P2").id();

        String yaml = mvc.perform(get("/api/v1/playbooks/" + p2 + "/export").param("format", "yaml").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/yaml")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("P2.yaml")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(yaml).doesNotStartWith("{").contains("code: P2").contains("Entwicklung einer Implementierungsstrategie");
        String id = mvc.perform(post("/api/v1/playbooks/import").with(bearer(token)).contentType("application/yaml")
                        .content(yaml.replace("code: P2", "code: P2-yaml")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("P2-yaml"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s).*\"id\":(\\d+).*", "$1");

        PlaybookFormat format = fixtures.bean(PlaybookFormat.class);
        var original = playbooks.latest(w.admin(), p2).definition();
        var imported = playbooks.latest(w.admin(), Long.parseLong(id)).definition();
        assertThat(format.write(imported.withCode("P2"))).isEqualTo(format.write(original));
    }

    @Test
    void importsAHandWrittenYamlFileOnThePage() throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(multipart("/playbooks/import").file(new MockMultipartFile("file", "ours.yaml", "application/yaml",
                        VALID.formatted("OURS").getBytes(StandardCharsets.UTF_8))).with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Playbook ours = fixtures.bean(PlaybookService.class).list(admin).stream().filter(p -> p.code().equals("OURS")).findFirst()
                .orElseThrow();
        var definition = fixtures.bean(PlaybookService.class).latest(admin, ours.id()).definition();
        assertThat(definition.name().in("ru")).isEqualTo("Написано вручную");
        assertThat(definition.step("b").orElseThrow().offsetDays()).isEqualTo(-14);
        assertThat(definition.step("a").orElseThrow().seedRef()).isEqualTo("000:5");
    }

    static Stream<Arguments> hostileFiles() {
        String deep = "format: 1\ncode: D\nname: " + "{en: ".repeat(40) + "x" + "}".repeat(40) + "\n";
        return Stream.of(
                Arguments.of("an unknown field", VALID.formatted("U").replace("durationDays: 2,", "durationDays: 2, colour: red,"),
                        "playbook.error.unknownField"),
                Arguments.of("deep nesting", deep, "playbook.error.tooComplex"),
                Arguments.of("broken syntax", "format: 1\ncode: [B\n  name: {", "playbook.error.notYaml"),
                Arguments.of("a duplicate key", VALID.formatted("K") + "code: K2\n", "playbook.error.notYaml"),
                Arguments.of("an alias where a text belongs", VALID.formatted("A").replace("name: {en: One}", "name: *x")
                        .replace("stages:", "description: &x {en: Here}\nstages:"), "playbook.error.wrongType"),
                Arguments.of("a wrong type", VALID.formatted("T").replace("durationDays: 2,", "durationDays: two,"),
                        "playbook.error.wrongType"),
                Arguments.of("a second document", VALID.formatted("S") + "---\n" + VALID.formatted("S2"), "playbook.error.trailing"),
                Arguments.of("a broken reference", VALID.formatted("R").replace("repeat: per_wave,", "repeat: per_wave, after: [zzz],"),
                        "playbook.error.unknownStep"));
    }

    @ParameterizedTest(name = "refuses a YAML file with {0} and stores nothing")
    @MethodSource("hostileFiles")
    void refusesAHostileYamlFileAndStoresNothing(String what, String file, String code) throws Exception {
        Actor admin = fixtures.newOrganization();
        long before = playbooksOf(admin);
        mvc.perform(post("/api/v1/playbooks/import").with(bearer(fixtures.token(admin))).contentType("application/yaml")
                        .content(file))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(Matchers.hasItem(code)));
        assertThat(playbooksOf(admin)).isEqualTo(before);
    }

    @Test
    void refusesATenMegabyteYamlFileUnread() throws Exception {
        Actor admin = fixtures.newOrganization();
        long before = playbooksOf(admin);
        byte[] big = ("format: 1\ncode: BIG\nname: {en: " + "x".repeat(10 * 1_048_576) + "}\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/playbooks/import").with(bearer(fixtures.token(admin))).contentType("application/yaml").content(big))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("playbook.error.tooLarge"))
                .andExpect(content().string(Matchers.containsString("too large")));
        assertThat(playbooksOf(admin)).isEqualTo(before);
    }
}
