package org.uptake.process.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.org.position.PositionService;
import org.uptake.process.catalog.ProcessFilter;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.catalog.ProcessStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;

/** The catalog as a tree (levels 1-2, level 3 on demand) and as a searchable list; the pickers for process and position fields. */
@Controller
@RequestMapping("/processes")
class ProcessPageController {

    private static final int PICKER_SIZE = 20;

    private final ProcessService processes;
    private final PositionService positions;

    ProcessPageController(ProcessService processes, PositionService positions) {
        this.processes = processes;
        this.positions = positions;
    }

    @GetMapping
    String catalog(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("tree", processes.tree(actor));
        model.addAttribute("mayShape", processes.mayShape(actor));
        return "process/catalog";
    }

    /** The sub-processes of one branch, fetched when a level-2 process is first opened. */
    @GetMapping("/{id}/branch")
    String branch(@PathVariable long id, Model model) {
        model.addAttribute("branch", processes.branch(CurrentActor.get(), id));
        return "process/node :: children";
    }

    @GetMapping("/list")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer level,
                @RequestParam(required = false) ProcessStatus status, @RequestParam(required = false) String after,
                Model model, HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ProcessStatus.values());
        model.addAttribute("page", processes.list(actor, new ProcessFilter(level, status, null), new PageRequest(q, after, 50)));
        model.addAttribute("mayShape", processes.mayShape(actor));
        return isHtmxSwap(request) ? "process/list :: rows" : "process/list";
    }

    @GetMapping("/picker")
    String picker(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", processes.list(CurrentActor.get(), ProcessFilter.NONE,
                new PageRequest(q, null, PICKER_SIZE)).items());
        return "process/picker :: processes";
    }

    @GetMapping("/position-picker")
    String positionPicker(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", positions.list(CurrentActor.get(), new PageRequest(q, null, PICKER_SIZE)).items());
        return "process/picker :: positions";
    }

    /** An htmx request that replaces only the result rows; a boosted navigation wants the whole page. */
    static boolean isHtmxSwap(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
    }
}
