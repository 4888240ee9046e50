package org.uptake.process.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapLayoutTests {

    private static List<MapLayout.Column> catalog(int levelOnes, int levelTwos, boolean collapseFirst) {
        List<MapLayout.Column> columns = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < levelOnes; i++) {
            long headId = id++;
            var head = new MapRepository.MapRow(headId, null, 1, null, "Main process " + i, "DRAFT", 50, 0);
            List<MapRepository.MapRow> children = new ArrayList<>();
            int count = levelTwos / levelOnes + (i < levelTwos % levelOnes ? 1 : 0);
            for (int j = 0; j < count; j++) {
                children.add(new MapRepository.MapRow(id++, headId, 2, null,
                        "A rather long level-two process name number " + j + " of " + i, "DRAFT", 30, 3));
            }
            columns.add(new MapLayout.Column(head, children, collapseFirst && i == 0));
        }
        return columns;
    }

    private static boolean overlap(ProcessMap.Node a, ProcessMap.Node b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    @Test
    void placesThreeHundredLevelTwoProcessesWithoutAnyTwoBoxesOverlapping() {
        ProcessMap map = MapLayout.layout(catalog(12, 300, false), List.of());
        assertThat(map.nodes()).hasSize(312);
        for (int i = 0; i < map.nodes().size(); i++) {
            for (int j = i + 1; j < map.nodes().size(); j++) {
                assertThat(overlap(map.nodes().get(i), map.nodes().get(j)))
                        .as("%s and %s", map.nodes().get(i).name(), map.nodes().get(j).name()).isFalse();
            }
        }
        assertThat(map.nodes()).allSatisfy(n -> {
            assertThat(n.x() + n.width()).isLessThanOrEqualTo(map.width());
            assertThat(n.y() + n.height()).isLessThanOrEqualTo(map.height());
        });
        assertThat(map.width()).isLessThanOrEqualTo(MapLayout.TARGET_WIDTH);
    }

    @Test
    void keepsEverySubProcessUnderItsMainProcessColumn() {
        ProcessMap map = MapLayout.layout(catalog(3, 20, false), List.of());
        var heads = map.nodes().stream().filter(n -> n.level() == 1).toList();
        for (var child : map.nodes().stream().filter(n -> n.level() == 2).toList()) {
            var head = heads.stream().filter(h -> h.id() == child.parentId()).findFirst().orElseThrow();
            assertThat(child.x()).isBetween(head.x(), head.x() + head.width() - child.width());
            assertThat(child.y()).isGreaterThan(head.y());
        }
    }

    @Test
    void drawsACollapsedMainProcessAloneAndMovesItsRelationsToIt() {
        List<MapLayout.Column> columns = catalog(2, 4, true);
        long hiddenChild = columns.get(0).children().get(0).id();
        long visibleChild = columns.get(1).children().get(0).id();
        ProcessMap map = MapLayout.layout(columns, List.of(new ProcessMap.Link(hiddenChild, visibleChild, "Client booking")));
        assertThat(map.nodes()).extracting(ProcessMap.Node::id).doesNotContain(hiddenChild);
        assertThat(map.nodes().getFirst().collapsed()).isTrue();
        assertThat(map.links()).containsExactly(new ProcessMap.Link(columns.get(0).head().id(), visibleChild, "Client booking"));
    }
}
