package org.uptake.process.map.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.process.map.MapService;
import org.uptake.process.map.ProcessMap;
import org.uptake.shared.CurrentActor;

@Tag(name = "Processes")
@RestController
class MapApiController {

    private final MapService maps;

    MapApiController(MapService maps) {
        this.maps = maps;
    }

    @GetMapping("/api/v1/processes/map")
    @Operation(summary = "The process map laid out: level 1 and 2 boxes (pixels, no overlaps) and supplier → client relations; "
            + "rootId limits it to one level-1 process, collapsed lists level-1 processes drawn without their sub-processes")
    ProcessMap map(@RequestParam(required = false) Long rootId, @RequestParam(required = false) Set<Long> collapsed) {
        return maps.map(CurrentActor.get(), rootId, collapsed == null ? Set.of() : collapsed);
    }
}
