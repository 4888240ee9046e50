package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.uptake.program.playbook.OrderStrength;
import org.uptake.program.playbook.PlaybookDefinition;
import org.uptake.program.playbook.PlaybookOrder;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.plan.DependencyService;
import org.uptake.program.plan.PhaseService;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.program.plan.TaskStatus;
import org.uptake.program.plan.WaveSteps;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;
import org.uptake.support.ProgramTest;

/**
 * Each built-in playbook reads like its seed: every numbered item of the inventory's §6 appears as a
 * stage or step, in order, with its seed reference — in the template and in the plan a program gets
 * from it — and its gates and hard rules are there. One outline file per playbook
 * (src/test/resources/playbooks/Pn.outline) drives the test; adding a playbook means adding its outline.
 * Its {@code enforce | step | hard|default} lines name a task whose ordering a program from it must enforce;
 * its {@code wave | step | offset} and {@code unit | step | offset} lines are all its repeated steps.
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

    @Test
    void everyBuiltInPlaybookHasAnOutlineAndEveryOutlineABuiltInPlaybook() throws IOException {
        var w = programFixtures.world();
        Set<String> builtIn = new TreeSet<>(bean().list(w.admin()).stream().filter(p -> p.builtIn()).map(p -> p.code()).toList());
        Set<String> outlined = new TreeSet<>(outlines().map(a -> (String) a.get()[0]).toList());
        assertThat(builtIn).containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8");
        assertThat(outlined).isEqualTo(builtIn);
    }

    @ParameterizedTest(name = "{0}: its stages are exactly the outline's, in order")
    @MethodSource("outlines")
    void theTemplatesStagesAreExactlyTheOutlinesInOrder(String code, List<Line> outline) {
        var w = programFixtures.world();
        PlaybookDefinition d = bean().latest(w.admin(), programFixtures.builtIn(w.admin(), code).id()).definition();
        List<String> expected = outline.stream().filter(l -> l.kind().equals("stage")).map(l -> l.a() + " " + l.b()).toList();
        List<String> actual = d.stages().stream().map(st -> st.seedRef() + " " + st.name().in("en")).toList();
        assertThat(actual).as("%s: stages", code).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("%s: stage %d", code, i + 1).startsWith(expected.get(i));
        }
    }

    @ParameterizedTest(name = "{0}: a program from it enforces its ordering rules")
    @MethodSource("outlines")
    void aProgramCreatedFromItEnforcesItsOrderingRules(String code, List<Line> outline) {
        List<Line> enforced = outline.stream().filter(l -> l.kind().equals("enforce")).toList();
        assertThat(enforced).as("%s: the outline names at least one enforced order", code).isNotEmpty();
        for (Line l : enforced) {
            var w = programFixtures.world();
            Program program = programFixtures.program(w, code);
            Task task = programFixtures.task(w.coordinator(), program, l.a());
            assertThat(task.seriousChange()).as("%s: %s waits for a sign-off too; enforce another task", code, l.a()).isFalse();
            if (l.b().equals("hard")) {
                refusesEvenWithAReason(code, w.coordinator(), program, task);
            } else {
                needsAReasonAndRecordsIt(code, w.coordinator(), program, task);
            }
        }
    }

    @ParameterizedTest(name = "{0}: its repeated steps are dated from the go-live of a wave or unit")
    @MethodSource("outlines")
    void itsRepeatedStepsBecomeTasksDatedFromTheGoLive(String code, List<Line> outline) {
        var w = programFixtures.world();
        Program program = programFixtures.program(w, code);
        PlaybookDefinition d = bean().latest(w.admin(), programFixtures.builtIn(w.admin(), code).id()).definition();
        Map<String, Integer> expected = new TreeMap<>();
        outline.stream().filter(l -> l.kind().equals("wave") || l.kind().equals("unit"))
                .forEach(l -> expected.put(l.kind() + " " + l.a(), Integer.parseInt(l.b())));
        Map<String, Integer> written = new TreeMap<>();
        d.allSteps().stream().filter(s -> !s.isOnce()).forEach(s ->
                written.put((s.repeat().equals("per_wave") ? "wave " : "unit ") + s.key(), s.offsetDays()));
        assertThat(written).as("%s: repeated steps", code).isEqualTo(expected);

        LocalDate goLive = LocalDate.of(2030, 6, 3); // a Monday; every offset used lands on a working day
        var waves = fixtures.bean(WaveSteps.class);
        waves.materialiseWave(w.coordinator(), program.id(), 1L, List.of(w.station().id()), goLive);
        waves.materialiseUnit(w.coordinator(), program.id(), 1L, w.station().id(), goLive);

        Map<String, LocalDate> starts = new TreeMap<>();
        jdbc.sql("select repeat_scope, source_key, planned_start from program_task where program_id = ? and wave_id = 1")
                .param(program.id()).query((rs, n) -> Map.entry((rs.getString(1).equals("PER_WAVE") ? "wave " : "unit ")
                        + rs.getString(2), rs.getObject(3, LocalDate.class))).list().forEach(e -> starts.put(e.getKey(), e.getValue()));
        assertThat(starts.keySet()).isEqualTo(expected.keySet());
        expected.forEach((step, offset) -> assertThat(starts.get(step)).as("%s: %s", code, step).isEqualTo(goLive.plusDays(offset)));
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

    private void refusesEvenWithAReason(String code, Actor coordinator, Program program, Task task) {
        assertThatThrownBy(() -> tasks().start(coordinator, program.id(), task.id(), task.version(), "We are in a hurry"))
                .as("%s: starting %s is refused by a hard order", code, task.sourceKey())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsAnyOf("task.error.blockedHard", "task.error.phaseHardOrder")
                        .doesNotContain("task.error.needsReason"));
        Task after = programFixtures.task(coordinator, program, task.sourceKey());
        assertThat(after.status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(after.version()).isEqualTo(task.version());
        assertThat(fixtures.bean(DependencyService.class).predecessors(coordinator, program.id(), task.id()))
                .allSatisfy(d -> assertThat(d.overrideReason()).isNull());
    }

    private void needsAReasonAndRecordsIt(String code, Actor coordinator, Program program, Task task) {
        assertThatThrownBy(() -> tasks().start(coordinator, program.id(), task.id(), task.version(), null))
                .as("%s: starting %s early needs a reason", code, task.sourceKey())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("task.error.needsReason"));
        assertThat(programFixtures.task(coordinator, program, task.sourceKey()).status()).isEqualTo(TaskStatus.NOT_STARTED);

        Task started = tasks().start(coordinator, program.id(), task.id(), task.version(), "The sponsor asked to start early");

        assertThat(started.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        var predecessors = fixtures.bean(DependencyService.class).predecessors(coordinator, program.id(), task.id());
        assertThat(predecessors).as("%s: %s follows something", code, task.sourceKey()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.overrideReason()).isEqualTo("The sponsor asked to start early"));
        assertThat(fixtures.bean(PhaseService.class).orders(coordinator, program.id(), task.phaseId()))
                .allSatisfy(o -> assertThat(o.overrideReason()).isEqualTo("The sponsor asked to start early"));
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

    private TaskService tasks() {
        return fixtures.bean(TaskService.class);
    }
}
