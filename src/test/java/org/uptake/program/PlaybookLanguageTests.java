package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uptake.program.playbook.LocalizedText;
import org.uptake.program.playbook.PlaybookDefinition;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.support.ProgramTest;

/**
 * The built-in playbooks speak English and Russian in every text, and their seed's own language where
 * it is another: German and Italian for P2 (seeds 001, 004), Norwegian bokmål for P8 (seed 003).
 */
class PlaybookLanguageTests extends ProgramTest {

    private static final Map<String, List<String>> SEED_LANGUAGES = Map.of("P2", List.of("de", "it"), "P8", List.of("nb"));

    @Test
    void everyTextOfEveryBuiltInPlaybookIsInEnglishRussianAndItsSeedsLanguage() {
        var w = programFixtures.world();
        var playbooks = fixtures.bean(PlaybookService.class);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var p : playbooks.list(w.admin()).stream().filter(p -> p.builtIn()).toList()) {
            PlaybookDefinition d = playbooks.latest(w.admin(), p.id()).definition();
            List<String> languages = new ArrayList<>(List.of("en", "ru"));
            languages.addAll(SEED_LANGUAGES.getOrDefault(d.code(), List.of()));
            for (Map.Entry<String, LocalizedText> text : texts(d).entrySet()) {
                checked++;
                languages.stream().filter(l -> blank(text.getValue().values().get(l)))
                        .forEach(l -> missing.add(d.code() + " " + text.getKey() + " [" + l + "]"));
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(missing).isEmpty();
    }

    @Test
    void onlyTheSeedsOwnLanguagesAreWrittenBesideEnglishAndRussian() {
        var w = programFixtures.world();
        var playbooks = fixtures.bean(PlaybookService.class);
        for (var p : playbooks.list(w.admin()).stream().filter(p -> p.builtIn()).toList()) {
            PlaybookDefinition d = playbooks.latest(w.admin(), p.id()).definition();
            List<String> allowed = new ArrayList<>(List.of("en", "ru"));
            allowed.addAll(SEED_LANGUAGES.getOrDefault(d.code(), List.of()));
            texts(d).forEach((where, text) -> assertThat(text.values().keySet()).as("%s %s", d.code(), where)
                    .isSubsetOf(allowed));
        }
    }

    @Test
    void aProgramInTheSeedsOwnLanguageReadsInIt() {
        var w = programFixtures.world();

        Program german = program(w, "P2", "de");
        Program italian = program(w, "P2", "it");
        Program norwegian = program(w, "P8", "nb");

        assertThat(programFixtures.task(w.coordinator(), german, "adaptation-plan").title()).startsWith("Einen Plan erstellen");
        assertThat(phaseNames(w, german)).first().isEqualTo("1. Entwicklung einer Implementierungsstrategie");
        assertThat(programFixtures.task(w.coordinator(), italian, "adaptation-plan").title()).startsWith("Creare un piano");
        assertThat(programFixtures.task(w.coordinator(), norwegian, "procurement-scope").title()).startsWith("1.1 Avgjør hva");
    }

    @Test
    void aLanguageThePlaybookDoesNotSpeakFallsBackToEnglish() {
        var w = programFixtures.world();

        Program p1InNorwegian = program(w, "P1", "nb");
        Program p8InGerman = program(w, "P8", "de");

        assertThat(programFixtures.task(w.coordinator(), p1InNorwegian, "planning").title()).isEqualTo("1.1 Planning");
        assertThat(phaseNames(w, p1InNorwegian)).first().isEqualTo("I. Preparation");
        assertThat(programFixtures.task(w.coordinator(), p8InGerman, "procurement-scope").title()).startsWith("1.1 Decide what to procure");
        assertThat(LocalizedText.of(Map.of("en", "Planning", "ru", "Планирование")).in("it")).isEqualTo("Planning");
        assertThat(LocalizedText.of(Map.of("en", "Planning", "de", " ")).in("de")).as("a blank text counts as missing").isEqualTo("Planning");
    }

    private Program program(org.uptake.support.ProgramFixtures.World w, String playbook, String language) {
        var form = programFixtures.form(w, playbook);
        form.setLanguage(language);
        return fixtures.bean(org.uptake.program.setup.ProgramSetupService.class).create(w.coordinator(), form).program();
    }

    private List<String> phaseNames(org.uptake.support.ProgramFixtures.World w, Program p) {
        return fixtures.bean(org.uptake.program.plan.PhaseService.class).list(w.coordinator(), p.id()).stream()
                .map(org.uptake.program.plan.Phase::name).toList();
    }

    /** Every text of a playbook, keyed by where it is (for a readable failure). */
    static Map<String, LocalizedText> texts(PlaybookDefinition d) {
        Map<String, LocalizedText> all = new LinkedHashMap<>();
        put(all, "name", d.name());
        put(all, "description", d.description());
        for (var stage : d.stages()) {
            String at = "stage " + stage.key();
            put(all, at + " name", stage.name());
            put(all, at + " description", stage.description());
            put(all, at + " gate", stage.gate());
            for (var step : stage.steps()) {
                String s = "step " + step.key();
                put(all, s + " name", step.name());
                put(all, s + " description", step.description());
                put(all, s + " criterion", step.criterion());
                put(all, s + " gate", step.gate());
                step.outputList().forEach(o -> put(all, s + " output " + o.key(), o.name()));
            }
        }
        for (var rule : d.rules()) {
            put(all, "rule " + rule.before() + ">" + rule.after(), rule.reason());
        }
        for (var checklist : d.checklists()) {
            put(all, "checklist " + checklist.key(), checklist.name());
            checklist.items().forEach(i -> put(all, "checklist " + checklist.key() + " " + i.key(), i.text()));
        }
        return all;
    }

    private static void put(Map<String, LocalizedText> all, String where, LocalizedText text) {
        if (text != null) {
            all.put(where, text);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
