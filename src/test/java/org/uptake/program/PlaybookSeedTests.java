package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.uptake.program.playbook.OrderStrength;
import org.uptake.program.playbook.PlaybookDefinition;
import org.uptake.program.playbook.PlaybookOrder;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.support.ProgramTest;

/**
 * Each built-in playbook reads like its seed: every numbered item of the inventory's §6 appears as a
 * stage or step, in order, with its seed reference — in the template and in the plan a program gets
 * from it — and its gates and hard rules are there. One outline file per playbook
 * (src/test/resources/playbooks/Pn.outline) drives the test; adding a playbook means adding its outline.
 */
class PlaybookSeedTests extends ProgramTest {

    record Line(String kind, String a, String b) {
    }

    static Stream<Arguments> outlines() throws IOException {
        List<Arguments> args = new ArrayList<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:playbooks/*.outline");
        Arrays.sort(files, (x, y) -> x.getFilename().compareTo(y.getFilename()));
        for (Resource r : files) {
            List<Line> lines = r.getContentAsString(StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s*\\|\\s*", 3))
                    .map(p -> new Line(p[0], p[1], p.length > 2 ? p[2] : null)).toList();
            args.add(Arguments.of(r.getFilename().replace(".outline", ""), lines));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}: the template reads like its seed")
    @MethodSource("outlines")
    void theTemplateHasEveryItemInOrderWithItsSeedReference(String code, List<Line> outline) {
        var w = programFixtures.world();
        PlaybookDefinition d = bean().latest(w.admin(), programFixtures.builtIn(w.admin(), code).id()).definition();
        List<String[]> written = new ArrayList<>();
        for (var stage : d.stages()) {
            written.add(new String[]{"stage", stage.seedRef(), stage.name().in("en")});
            stage.steps().forEach(s -> written.add(new String[]{"step", s.seedRef(), s.name().in("en")}));
        }
        assertInOrder(code, outline, written);
        PlaybookOrder order = PlaybookOrder.of(d);
        for (Line l : outline) {
            switch (l.kind()) {
                case "gate" -> assertThat(d.stage(l.a()).map(s -> s.gate()).or(() -> d.step(l.a()).map(s -> s.gate())))
                        .as("%s: %s has a gate", code, l.a()).isPresent().get().isNotNull();
                case "hard" -> assertThat(hard(order, l.a())).as("%s: %s is a hard rule", code, l.a()).isTrue();
                case "checklist" -> assertThat(d.checklists().stream().filter(c -> c.key().equals(l.a())).findFirst())
                        .as("%s: checklist %s", code, l.a()).get()
                        .satisfies(c -> assertThat(c.items()).hasSize(Integer.parseInt(l.b())));
                default -> {
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}: a program created from it has the same stages and steps")
    @MethodSource("outlines")
    void theProgramsPlanHasEveryItemInOrderWithItsSeedReference(String code, List<Line> outline) {
        var w = programFixtures.world();
        Program program = programFixtures.program(w, code);
        List<String[]> plan = jdbc.sql("""
                select 'stage' as kind, ph.seed_ref, ph.name, ph.position, 0 as task_position from program_phase ph where ph.program_id = ?
                union all
                select 'step', t.seed_ref, t.title, ph.position, t.position from program_task t join program_phase ph on ph.id = t.phase_id
                where t.program_id = ?
                order by 4, 5""")
                .params(program.id(), program.id())
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        assertInOrder(code, outline, plan);
    }

    private static boolean hard(PlaybookOrder order, String rule) {
        String[] parts = rule.split("\\s*>\\s*");
        if (parts[0].startsWith("stage:")) {
            return order.stageEdges().stream().anyMatch(e -> ("stage:" + e.before()).equals(parts[0])
                    && ("stage:" + e.after()).equals(parts[1]) && e.strength() == OrderStrength.HARD);
        }
        return order.stepEdges().stream().anyMatch(e -> ("step:" + e.before()).equals(parts[0])
                && ("step:" + e.after()).equals(parts[1]) && e.strength() == OrderStrength.HARD);
    }

    /** Every stage/step line of the outline is found, in order, among the written entries (others may lie between). */
    private static void assertInOrder(String code, List<Line> outline, List<String[]> written) {
        int at = 0;
        for (Line l : outline) {
            if (!l.kind().equals("stage") && !l.kind().equals("step")) {
                continue;
            }
            int found = -1;
            for (int i = at; i < written.size(); i++) {
                String[] w = written.get(i);
                if (w[0].equals(l.kind()) && l.a().equals(w[1]) && w[2] != null && w[2].startsWith(l.b())) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as("%s: %s «%s» (%s) after position %d", code, l.kind(), l.b(), l.a(), at).isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }

    private PlaybookService bean() {
        return fixtures.bean(PlaybookService.class);
    }
}
