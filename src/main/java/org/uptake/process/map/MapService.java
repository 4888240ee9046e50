package org.uptake.process.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.uptake.process.catalog.ProcessService;
import org.uptake.shared.Actor;

/**
 * The process map (seed 002 lines 202-204): the composition of the main processes and the chain of
 * supplier → client relations that serves the clients. Everyone in the organisation may see it.
 */
@Service
public class MapService {

    private final MapRepository repository;
    private final ProcessService processes;

    MapService(MapRepository repository, ProcessService processes) {
        this.repository = repository;
        this.processes = processes;
    }

    /**
     * The map of the whole catalog, or of one level-1 process ({@code rootId}); the level-1 processes
     * in {@code collapsed} are drawn without their sub-processes.
     */
    public ProcessMap map(Actor actor, Long rootId, Set<Long> collapsed) {
        // A level-2 or level-3 root shows the map of its level-1 process.
        String prefix = rootId == null ? "/" : "/" + upToLevel1(processes.get(actor, rootId).path()) + "/";
        List<MapRepository.MapRow> rows = repository.processes(actor.organizationId(), prefix);
        Map<Long, MapRepository.MapRow> heads = new LinkedHashMap<>();
        Map<Long, List<MapRepository.MapRow>> children = new LinkedHashMap<>();
        for (MapRepository.MapRow row : rows) {
            if (row.level() == 1) {
                heads.put(row.id(), row);
                children.put(row.id(), new ArrayList<>());
            } else if (children.containsKey(row.parentId())) {
                children.get(row.parentId()).add(row);
            }
        }
        List<MapLayout.Column> columns = heads.values().stream()
                .map(h -> new MapLayout.Column(h, children.get(h.id()), collapsed.contains(h.id()))).toList();
        return MapLayout.layout(columns, links(actor));
    }

    /** Relations lifted to the processes the map shows (level 3 counts as its level-2 parent). */
    private List<ProcessMap.Link> links(Actor actor) {
        List<ProcessMap.Link> links = new ArrayList<>();
        for (MapRepository.Relation r : repository.relations(actor.organizationId())) {
            links.add(new ProcessMap.Link(upToLevel2(r.sourcePath()), upToLevel2(r.targetPath()), r.resources()));
        }
        return links;
    }

    static long upToLevel1(String path) {
        return Long.parseLong(path.split("/")[1]);
    }

    static long upToLevel2(String path) {
        String[] ids = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        return Long.parseLong(ids[Math.min(ids.length, 2) - 1]);
    }
}
