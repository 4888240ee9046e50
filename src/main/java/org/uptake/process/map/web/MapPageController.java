package org.uptake.process.map.web;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.uptake.process.catalog.ProcessFilter;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.map.MapService;
import org.uptake.process.map.ProcessMap;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map page. The first layout travels in a data attribute (no inline script: CSP script-src 'self');
 * collapsing and expanding fetch a new layout from /processes/map/data with the page's session.
 */
@Controller
class MapPageController {

    private final MapService maps;
    private final ProcessService processes;
    private final JsonMapper json;

    MapPageController(MapService maps, ProcessService processes, JsonMapper json) {
        this.maps = maps;
        this.processes = processes;
        this.json = json;
    }

    @GetMapping("/processes/map")
    String map(@RequestParam(required = false) Long rootId, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("mapJson", json.writeValueAsString(maps.map(actor, rootId, Set.of())));
        model.addAttribute("rootId", rootId);
        model.addAttribute("roots", processes.list(actor, new ProcessFilter(1, null, null), PageRequest.first(200)).items());
        return "process/map";
    }

    @GetMapping("/processes/map/data")
    @ResponseBody
    ProcessMap data(@RequestParam(required = false) Long rootId, @RequestParam(required = false) Set<Long> collapsed) {
        return maps.map(CurrentActor.get(), rootId, collapsed == null ? Set.of() : collapsed);
    }
}
